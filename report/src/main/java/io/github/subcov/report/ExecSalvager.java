package io.github.subcov.report;

import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import org.jacoco.core.data.ExecutionData;
import org.jacoco.core.data.ExecutionDataReader;
import org.jacoco.core.data.ExecutionDataStore;
import org.jacoco.core.data.ExecutionDataWriter;
import org.jacoco.core.data.IExecutionDataVisitor;
import org.jacoco.core.data.IncompatibleExecDataVersionException;
import org.jacoco.core.data.SessionInfoStore;

/**
 * Reads one {@code .exec} file and keeps every complete record, even when the file breaks off
 * or turns to garbage part-way. A process killed mid-write, a full disk or a stray file must
 * cost a warning, never the build or the other processes' coverage.
 */
public final class ExecSalvager {

    static final String CANNOT_READ = "cannot read the file: %s";
    static final String NOT_EXEC = "not a JaCoCo execution data file";
    static final String WRONG_VERSION = "unsupported JaCoCo data version 0x%04x (this JaCoCo reads 0x%04x)";
    static final String TRUNCATED = "truncated";
    static final String CORRUPT = "corrupt (%s)";
    static final String BEFORE_FIRST_RECORD = "%s before its first class record";
    static final String AFTER_RECORDS = "%s after %d class records; those were kept";
    static final String PROBES_BEYOND_END = "a class record claims %d probes, more than the file holds";

    private ExecSalvager() {
    }

    public static SalvagedExec read(File execFile) {
        if (!execFile.exists()) {
            return SalvagedExec.withoutData(ReadStatus.MISSING, null, 0);
        }
        try {
            return read(Files.readAllBytes(execFile.toPath()));
        } catch (IOException e) {
            return SalvagedExec.withoutData(ReadStatus.UNREADABLE, String.format(CANNOT_READ, e), execFile.length());
        }
    }

    public static SalvagedExec read(byte[] content) {
        if (content.length == 0) {
            return SalvagedExec.withoutData(ReadStatus.EMPTY, null, 0);
        }
        if (!startsLikeExecData(content)) {
            return SalvagedExec.withoutData(ReadStatus.UNREADABLE, NOT_EXEC, content.length);
        }
        ExecutionDataStore store = new ExecutionDataStore();
        SessionInfoStore sessions = new SessionInfoStore();
        RecordCounter counter = new RecordCounter(store);
        BoundedReader reader = new BoundedReader(new ByteArrayInputStream(content));
        reader.setExecutionDataVisitor(counter);
        reader.setSessionInfoVisitor(sessions);
        try {
            reader.read();
            return new SalvagedExec(ReadStatus.COMPLETE, null, content.length, store, sessions);
        } catch (IncompatibleExecDataVersionException e) {
            String problem = String.format(WRONG_VERSION, e.getActualVersion(), e.getExpectedVersion());
            return SalvagedExec.withoutData(ReadStatus.UNREADABLE, problem, content.length);
        } catch (EOFException e) {
            return broken(TRUNCATED, counter.records, content.length, store, sessions);
        } catch (IOException | RuntimeException e) {
            // a RuntimeException here is JaCoCo meeting garbage: conflicting records, bad UTF-8
            String detail = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            return broken(String.format(CORRUPT, detail), counter.records, content.length, store, sessions);
        }
    }

    private static SalvagedExec broken(String what, int records, long size, ExecutionDataStore store,
            SessionInfoStore sessions) {
        if (records == 0) {
            return SalvagedExec.withoutData(ReadStatus.UNREADABLE, String.format(BEFORE_FIRST_RECORD, what), size);
        }
        return new SalvagedExec(ReadStatus.SALVAGED, String.format(AFTER_RECORDS, what, records), size, store,
                sessions);
    }

    /** Checks the header bytes that are present; a header cut short is reported as truncated. */
    private static boolean startsLikeExecData(byte[] content) {
        byte[] header = ExecutionDataWriter.getFileHeader();
        int magicEnd = Math.min(3, content.length);
        for (int i = 0; i < magicEnd; i++) {
            if (content[i] != header[i]) {
                return false;
            }
        }
        return true;
    }

    /** Stores each class record the moment it is complete, and counts them. */
    private static final class RecordCounter implements IExecutionDataVisitor {
        private final ExecutionDataStore store;
        private int records;

        RecordCounter(ExecutionDataStore store) {
            this.store = store;
        }

        @Override
        public void visitClassExecution(ExecutionData data) {
            store.put(data);
            records++;
        }
    }

    /**
     * Refuses a probe count larger than the rest of the file before JaCoCo allocates the array:
     * in garbage the count can read as two billion, and that allocation alone fails the build.
     */
    private static final class BoundedReader extends ExecutionDataReader {
        private final ByteArrayInputStream input;

        BoundedReader(ByteArrayInputStream input) {
            super(input);
            this.input = input;
        }

        @Override
        protected boolean readBlock(byte blockType) throws IOException {
            if (blockType == ExecutionDataWriter.BLOCK_EXECUTIONDATA) {
                checkProbeCount();
            }
            return super.readBlock(blockType);
        }

        private void checkProbeCount() throws IOException {
            // the reader does not buffer: the stream position is exactly the record's start
            input.mark(0);
            in.readLong();
            in.readUTF();
            int probes = in.readVarInt();
            long bitsLeft = 8L * input.available();
            input.reset();
            if (probes < 0 || probes > bitsLeft) {
                throw new IOException(String.format(PROBES_BEYOND_END, probes & 0xffffffffL));
            }
        }
    }
}
