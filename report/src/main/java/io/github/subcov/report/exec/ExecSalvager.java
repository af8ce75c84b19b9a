package io.github.subcov.report.exec;

import java.io.EOFException;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.util.Collections;
import org.jacoco.core.data.ExecutionDataWriter;
import org.jacoco.core.data.IncompatibleExecDataVersionException;

/**
 * Reads one {@code .exec} file and keeps every complete record, even when the file breaks off
 * or turns to garbage part-way. A process killed mid-write, a full disk or a stray file must
 * cost a warning, never the build or the other processes' coverage.
 */
public final class ExecSalvager {

    static final String CANNOT_READ = "cannot read the file: %s";
    static final String NOT_EXEC = ExecFileParser.NOT_EXEC;
    static final String WRONG_VERSION = "unsupported JaCoCo data version 0x%04x (this JaCoCo reads 0x%04x)";
    static final String TRUNCATED = "truncated";
    static final String CORRUPT = "corrupt (%s)";
    static final String BEFORE_FIRST_RECORD = "%s before its first class record";
    static final String AFTER_RECORDS = "%s after %d class records; those were kept";

    private static final byte[] HEADER = ExecutionDataWriter.getFileHeader();

    private ExecSalvager() {
    }

    /** Reads the file and keeps its data. */
    public static SalvagedExec read(File execFile) {
        if (!execFile.exists()) {
            return missing();
        }
        try {
            return read(Files.readAllBytes(execFile.toPath()));
        } catch (IOException e) {
            return cannotRead(e, execFile);
        }
    }

    /** Reads the content of one file and keeps its data. */
    public static SalvagedExec read(byte[] content) {
        // a class id that comes again with another name or probe count is damage: the first record wins
        ProbeMerger data = new ProbeMerger();
        Outcome outcome = salvage(content, content.length, data);
        if (!outcome.keepsRecords()) {
            return SalvagedExec.withoutData(outcome.status, outcome.problem, content.length);
        }
        return new SalvagedExec(outcome.status, outcome.problem, content.length, outcome.sawHits,
                data.store(Collections.<Long>emptySet()), data.sessions());
    }

    /**
     * Merges every record of {@code content[0, length)} into {@code merger} as it is read, keeping
     * nothing of the file's own: the combiner merges many files into one merger. The result reads
     * the data again from {@code source} when asked for it.
     */
    public static SalvagedExec stream(byte[] content, int length, ProbeMerger merger, File source) {
        Outcome outcome = salvage(content, length, merger);
        if (!outcome.keepsRecords()) {
            return SalvagedExec.withoutData(outcome.status, outcome.problem, length);
        }
        return SalvagedExec.readAgainFrom(source, outcome.status, outcome.problem, length, outcome.sawHits);
    }

    /** A process without {@code .exec} file. */
    public static SalvagedExec missing() {
        return SalvagedExec.withoutData(ReadStatus.MISSING, null, 0);
    }

    /** A file that could not be read at all, for {@code failure}. */
    public static SalvagedExec cannotRead(IOException failure, File execFile) {
        return SalvagedExec.withoutData(ReadStatus.UNREADABLE, String.format(CANNOT_READ, failure),
                execFile.length());
    }

    private static Outcome salvage(byte[] content, int length, ExecFileParser.Visitor visitor) {
        if (length == 0) {
            return new Outcome(ReadStatus.EMPTY, null, false);
        }
        if (!startsLikeExecData(content, length)) {
            return new Outcome(ReadStatus.UNREADABLE, NOT_EXEC, false);
        }
        ExecFileParser parser = new ExecFileParser(content, length);
        try {
            parser.parse(visitor);
            return new Outcome(ReadStatus.COMPLETE, null, parser.sawHits());
        } catch (IncompatibleExecDataVersionException e) {
            String problem = String.format(WRONG_VERSION, e.getActualVersion(), e.getExpectedVersion());
            return new Outcome(ReadStatus.UNREADABLE, problem, false);
        } catch (EOFException e) {
            return broken(TRUNCATED, parser);
        } catch (IOException | RuntimeException e) {
            String detail = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            return broken(String.format(CORRUPT, detail), parser);
        }
    }

    private static Outcome broken(String what, ExecFileParser parser) {
        if (parser.classRecords() == 0) {
            return new Outcome(ReadStatus.UNREADABLE, String.format(BEFORE_FIRST_RECORD, what), false);
        }
        return new Outcome(ReadStatus.SALVAGED, String.format(AFTER_RECORDS, what, parser.classRecords()),
                parser.sawHits());
    }

    /** Checks the header bytes that are present; a header cut short is reported as truncated. */
    private static boolean startsLikeExecData(byte[] content, int length) {
        int magicEnd = Math.min(3, length);
        for (int i = 0; i < magicEnd; i++) {
            if (content[i] != HEADER[i]) {
                return false;
            }
        }
        return true;
    }

    /** How far a file could be read. */
    private static final class Outcome {
        final ReadStatus status;
        final String problem;
        final boolean sawHits;

        Outcome(ReadStatus status, String problem, boolean sawHits) {
            this.status = status;
            this.problem = problem;
            this.sawHits = sawHits;
        }

        boolean keepsRecords() {
            return status.hasRecords();
        }
    }
}
