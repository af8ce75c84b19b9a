package io.github.subcov.report.exec;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import org.jacoco.core.data.ExecutionDataWriter;
import org.jacoco.core.data.IncompatibleExecDataVersionException;
import org.jacoco.core.data.SessionInfo;

/**
 * Reads JaCoCo's execution data format (as {@link ExecutionDataWriter} writes it) straight from a
 * file's bytes. JaCoCo's reader makes a string, an array and an object per class record and reads
 * byte by byte through a synchronized stream: over a thousand processes' files that was most of
 * combine's time, and even on two threads it merged no faster than {@code jacococli merge} does
 * on one (0.76 s against 0.79 s in bench/'s data, fresh JVMs; this parser: 0.46 s). Here each
 * class record is handed over as a view of the bytes, so a record of a class already seen is
 * merged without allocating anything. The format is JaCoCo's, written by its
 * {@link ExecutionDataWriter}; the tests check this reader against that writer.
 *
 * <p>Breaks are reported as exceptions: {@link EOFException} when the bytes end inside a block,
 * {@link IncompatibleExecDataVersionException} for another format version, and an
 * {@link IOException} naming what is wrong otherwise. Records visited before a break stay visited.
 */
final class ExecFileParser {

    static final String NOT_EXEC = "not a JaCoCo execution data file";
    static final String UNKNOWN_BLOCK = "unknown block type %02x";
    static final String MALFORMED_PROBE_COUNT = "a class record's probe count is malformed";
    static final String PROBES_BEYOND_END = "a class record claims %d probes, more than the file holds";

    /** Receives the blocks of one file in order. */
    interface Visitor {
        void visitSession(SessionInfo session);

        /** The record is only valid during the call: it is reused for the next one. */
        void visitClass(ClassRecord record) throws IOException;
    }

    private final byte[] bytes;
    private final int length;
    private final ClassRecord record;
    private int position;
    private int classRecords;
    private boolean sawHits;

    /** A parser of {@code bytes[0, length)}. */
    ExecFileParser(byte[] bytes, int length) {
        this.bytes = bytes;
        this.length = length;
        this.record = new ClassRecord(bytes);
    }

    /** Visits every block in order; see the class comment for how a break shows. */
    void parse(Visitor visitor) throws IOException {
        readBlocks(visitor);
    }

    /** Class records visited so far, also after a break. */
    int classRecords() {
        return classRecords;
    }

    /** Whether a visited class record had a probe set. */
    boolean sawHits() {
        return sawHits;
    }

    private void readBlocks(Visitor visitor) throws IOException {
        if (length > 0 && bytes[0] != ExecutionDataWriter.BLOCK_HEADER) {
            throw new IOException(NOT_EXEC);
        }
        while (position < length) {
            byte type = bytes[position++];
            switch (type) {
                case ExecutionDataWriter.BLOCK_HEADER:
                    readHeader();
                    break;
                case ExecutionDataWriter.BLOCK_SESSIONINFO:
                    visitor.visitSession(new SessionInfo(readUtf(), readLong(), readLong()));
                    break;
                case ExecutionDataWriter.BLOCK_EXECUTIONDATA:
                    readClass(visitor);
                    break;
                default:
                    throw new IOException(String.format(UNKNOWN_BLOCK, type & 0xff));
            }
        }
    }

    /** A header may come again mid-file: files written in append mode are concatenations. */
    private void readHeader() throws IOException {
        if (readChar() != ExecutionDataWriter.MAGIC_NUMBER) {
            throw new IOException(NOT_EXEC);
        }
        char version = readChar();
        if (version != ExecutionDataWriter.FORMAT_VERSION) {
            throw new IncompatibleExecDataVersionException(version);
        }
    }

    private void readClass(Visitor visitor) throws IOException {
        long id = readLong();
        int nameLength = readChar();
        require(nameLength);
        int nameStart = position;
        position += nameLength;
        long probeCount = readVarInt();
        // in garbage the count can read as two billion: refuse it before anyone allocates that array
        if (probeCount > 8L * (length - position)) {
            throw new IOException(String.format(PROBES_BEYOND_END, probeCount));
        }
        int probeBytes = (int) ((probeCount + 7) / 8);
        record.set(id, nameStart, nameLength, (int) probeCount, position);
        position += probeBytes;
        visitor.visitClass(record);
        classRecords++;
        if (!sawHits) {
            sawHits = record.hasHits();
        }
    }

    private long readVarInt() throws IOException {
        long value = 0;
        for (int shift = 0; shift < 35; shift += 7) {
            require(1);
            int next = bytes[position++] & 0xff;
            value |= (long) (next & 0x7f) << shift;
            if ((next & 0x80) == 0) {
                return value;
            }
        }
        throw new IOException(MALFORMED_PROBE_COUNT);
    }

    private String readUtf() throws IOException {
        int utfLength = readChar();
        require(utfLength);
        String text = decodeUtf(bytes, position - 2, utfLength);
        position += utfLength;
        return text;
    }

    private char readChar() throws IOException {
        require(2);
        char value = (char) (((bytes[position] & 0xff) << 8) | (bytes[position + 1] & 0xff));
        position += 2;
        return value;
    }

    private long readLong() throws IOException {
        require(8);
        long value = 0;
        for (int i = 0; i < 8; i++) {
            value = (value << 8) | (bytes[position++] & 0xff);
        }
        return value;
    }

    private void require(int count) throws EOFException {
        if (count > length - position) {
            throw new EOFException();
        }
    }

    /** Java's modified UTF-8 with its two length bytes at {@code lengthStart}, as DataOutput writes it. */
    static String decodeUtf(byte[] bytes, int lengthStart, int utfLength) throws IOException {
        return DataInputStream.readUTF(new DataInputStream(new ByteArrayInputStream(bytes, lengthStart, utfLength + 2)));
    }

    /** One class record, a view of the file's bytes. */
    static final class ClassRecord {
        private final byte[] bytes;
        private long id;
        private int nameStart;
        private int nameLength;
        private int probeCount;
        private int probeStart;

        ClassRecord(byte[] bytes) {
            this.bytes = bytes;
        }

        void set(long id, int nameStart, int nameLength, int probeCount, int probeStart) {
            this.id = id;
            this.nameStart = nameStart;
            this.nameLength = nameLength;
            this.probeCount = probeCount;
            this.probeStart = probeStart;
        }

        long id() {
            return id;
        }

        int probeCount() {
            return probeCount;
        }

        /** Decodes the VM name, such as {@code com/example/Main}; a malformed name is an IOException. */
        String name() throws IOException {
            return decodeUtf(bytes, nameStart - 2, nameLength);
        }

        /** The name's encoded bytes; the encoding is canonical, so equal bytes mean equal names. */
        byte[] nameBytes() {
            byte[] name = new byte[nameLength];
            System.arraycopy(bytes, nameStart, name, 0, nameLength);
            return name;
        }

        boolean nameEquals(byte[] encodedName) {
            if (encodedName.length != nameLength) {
                return false;
            }
            for (int i = 0; i < nameLength; i++) {
                if (encodedName[i] != bytes[nameStart + i]) {
                    return false;
                }
            }
            return true;
        }

        boolean[] probes() {
            boolean[] probes = new boolean[probeCount];
            mergeInto(probes);
            return probes;
        }

        /** Sets each probe of {@code probes} that this record has set; lengths must agree. */
        void mergeInto(boolean[] probes) {
            for (int i = 0; i < probeCount; i += 8) {
                for (int bits = probeByte(i); bits != 0; bits &= bits - 1) {
                    probes[i + Integer.numberOfTrailingZeros(bits)] = true;
                }
            }
        }

        /** The same for probes packed eight to a byte, lowest bit first, as in the file. */
        void orPackedInto(byte[] packed) {
            for (int i = 0; i < probeCount; i += 8) {
                packed[i >> 3] |= (byte) probeByte(i);
            }
        }

        boolean hasHits() {
            for (int i = 0; i < probeCount; i += 8) {
                if (probeByte(i) != 0) {
                    return true;
                }
            }
            return false;
        }

        /** The eight probes from {@code first} on; bits past the last probe are padding, and ignored. */
        private int probeByte(int first) {
            int bits = bytes[probeStart + (first >> 3)] & 0xff;
            int left = probeCount - first;
            return left >= 8 ? bits : bits & ((1 << left) - 1);
        }
    }
}
