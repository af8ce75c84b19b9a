package io.github.subcov.interceptor.output;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.util.Arrays;

/**
 * A child's output as it would read without subcov: each JVM that reads {@code JAVA_TOOL_OPTIONS}
 * prints {@code Picked up JAVA_TOOL_OPTIONS: <value>} on stderr, and where subcov's options are in
 * the value, that line is taken out, or given back with the user's value alone. Any other byte
 * passes unchanged and in order.
 *
 * <p>The JVM writes its line with one {@code write} (one {@code fprintf} to unbuffered stderr),
 * which a pipe delivers whole. So a candidate line is only held back while more bytes are already
 * there to read: when the stream has nothing more for now, what is held is not the JVM's line and
 * is passed on at once. A prompt without a newline is never held back, and nothing ever waits for
 * more output than the stream has.
 */
public final class ToolOptionsLineFilter extends InputStream {

    /** The value the line would show without subcov, null for no line, or the value itself to keep the line. */
    public interface Rewrite {
        String withoutSubcov(String printed);
    }

    /** HotSpot's {@code "Picked up %s: %s\n"} for {@code JAVA_TOOL_OPTIONS}. */
    static final byte[] PREFIX = ascii("Picked up JAVA_TOOL_OPTIONS: ");
    private static final byte[] PLACE_IN_PREFIX = placesInPrefix();
    /** Bytes between the pairs the scan looks at: as many as the pairs a whole prefix holds. */
    private static final int STRIDE = PREFIX.length - 1;
    private static final byte NEWLINE = '\n';
    /** A value longer than this is no JVM's line that subcov made: it is passed on as it is. */
    static final int LONGEST_LINE = 1 << 16;

    private final InputStream in;
    private final Rewrite rewrite;
    private final Charset charset;
    /** Decided bytes, given out before anything else. */
    private final Bytes ready = new Bytes();
    /** Undecided bytes after {@link #ready}: they start like the JVM's line. */
    private final Bytes held = new Bytes();

    /**
     * @param charset how the child's environment was encoded, in which the JVM prints the value
     */
    public ToolOptionsLineFilter(InputStream in, Rewrite rewrite, Charset charset) {
        this.in = in;
        this.rewrite = rewrite;
        this.charset = charset;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (off < 0 || len < 0 || len > b.length - off) {
            throw new IndexOutOfBoundsException("off " + off + ", len " + len + ", length " + b.length);
        }
        if (len == 0) {
            return 0;
        }
        while (true) {
            if (ready.size() > 0) {
                return ready.takeInto(b, off, len);
            }
            if (held.size() > 0) {
                settle();
                continue;
            }
            int n = in.read(b, off, len);
            if (n <= 0) {
                return n;
            }
            int candidate = candidate(b, off, off + n);
            if (candidate < 0) {
                return n;
            }
            held.append(b, candidate, off + n - candidate);
            decide();
            if (candidate > off) {
                return candidate - off;
            }
        }
    }

    /**
     * What can be read without waiting, worked out by passing what the stream has through the
     * filter: a reader that reads no more than this (the JDK draining a child's pipe as the child
     * exits) is never kept waiting by a line that was taken out.
     */
    @Override
    public int available() throws IOException {
        while (ready.size() == 0) {
            if (held.size() > 0) {
                settle();
                continue;
            }
            int waiting = in.available();
            if (waiting <= 0 || !readHeld(waiting)) {
                break;
            }
            decide();
        }
        return ready.size();
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    /** Takes in what the stream has now and decides; what is still undecided then is not the JVM's line. */
    private void settle() throws IOException {
        while (held.size() > 0) {
            int waiting = in.available();
            if (waiting <= 0 || !readHeld(waiting)) {
                ready.append(held.bytes, 0, held.size());
                held.clear();
                return;
            }
            decide();
        }
    }

    /** Appends up to {@code waiting} bytes from the stream to {@link #held}; false at its end. */
    private boolean readHeld(int waiting) throws IOException {
        int n = Math.min(waiting, LONGEST_LINE);
        held.reserve(n);
        int got = in.read(held.bytes, held.size(), n);
        if (got <= 0) {
            return false;
        }
        held.grow(got);
        return true;
    }

    /**
     * Moves decided bytes from {@link #held} to {@link #ready}, with each whole line of the JVM's
     * rewritten; keeps what could still become one.
     */
    private void decide() {
        byte[] bytes = held.bytes;
        int end = held.size();
        int at = 0;
        while (at < end) {
            int start = candidate(bytes, at, end);
            if (start < 0) {
                ready.append(bytes, at, end - at);
                at = end;
                break;
            }
            ready.append(bytes, at, start - at);
            at = start;
            if (end - start < PREFIX.length) {
                break;
            }
            int longest = (int) Math.min(end, (long) start + PREFIX.length + LONGEST_LINE + 1);
            int newline = indexOf(NEWLINE, bytes, start + PREFIX.length, longest);
            if (newline < 0) {
                if (longest < end || end - start > PREFIX.length + LONGEST_LINE) {
                    // too long for a line of subcov's: passed on as it is
                    ready.append(bytes, start, 1);
                    at = start + 1;
                    continue;
                }
                break;
            }
            int later = laterStart(bytes, start, newline);
            if (later >= 0) {
                // the JVM writes its line whole: text before it that looks like its start is not it
                ready.append(bytes, start, later - start);
                at = later;
                continue;
            }
            appendLine(bytes, start, newline + 1);
            at = newline + 1;
        }
        held.dropFirst(at);
    }

    /** The JVM's whole line from {@code start} to {@code end} (after its newline), as it would be without subcov. */
    private void appendLine(byte[] bytes, int start, int end) {
        int valueStart = start + PREFIX.length;
        byte[] value = Arrays.copyOfRange(bytes, valueStart, end - 1);
        String printed = new String(value, charset);
        String replacement = Arrays.equals(printed.getBytes(charset), value) ? rewrite.withoutSubcov(printed) : printed;
        if (replacement == null) {
            return;
        }
        if (replacement.equals(printed)) {
            ready.append(bytes, start, end - start);
            return;
        }
        ready.append(PREFIX, 0, PREFIX.length);
        byte[] encoded = replacement.getBytes(charset);
        ready.append(encoded, 0, encoded.length);
        ready.append(new byte[] {NEWLINE}, 0, 1);
    }

    /**
     * The first index from {@code from} where the bytes could begin the JVM's line: they match its
     * start as far as they go. Checked in place, so that output without the line is never copied.
     *
     * <p>A whole prefix holds {@link #STRIDE} pairs of adjacent bytes, so a scan that looks at the
     * pair starting at every {@link #STRIDE}th byte meets one of them, and only a pair that occurs in
     * the prefix (one look in 27 in log lines) gets the one start it implies compared. Stopping at
     * every capital P instead, as a search for the prefix's first byte does, cost a covered parent
     * two thirds of its reading throughput (bench/README.md). Only the last bytes, where a prefix may
     * begin that the bytes do not complete yet, are compared one by one.
     */
    private static int candidate(byte[] bytes, int from, int to) {
        for (int at = from, last = to - 1; at < last; at += STRIDE) {
            int place = PLACE_IN_PREFIX[(bytes[at] & 0xff) << 8 | (bytes[at + 1] & 0xff)];
            if (place != 0) {
                int start = at - (place - 1);
                if (start >= from && start + PREFIX.length <= to && startsLikePrefix(bytes, start, PREFIX.length)) {
                    return start;
                }
            }
        }
        for (int i = Math.max(from, to - PREFIX.length + 1); i < to; i++) {
            if (startsLikePrefix(bytes, i, to - i)) {
                return i;
            }
        }
        return -1;
    }

    /** Whether the {@code length} bytes from {@code at} are the prefix's first ones. */
    private static boolean startsLikePrefix(byte[] bytes, int at, int length) {
        for (int k = 0; k < length; k++) {
            if (bytes[at + k] != PREFIX[k]) {
                return false;
            }
        }
        return true;
    }

    /**
     * For each pair of bytes ({@code first << 8 | second}), 1 + where it starts in the prefix, or 0
     * for none: 64 KB, of which text touches a few. The prefix's pairs are all different, so each
     * has one place.
     */
    private static byte[] placesInPrefix() {
        byte[] places = new byte[1 << 16];
        for (int k = 0; k + 1 < PREFIX.length; k++) {
            places[(PREFIX[k] & 0xff) << 8 | (PREFIX[k + 1] & 0xff)] = (byte) (k + 1);
        }
        return places;
    }

    /** Where the JVM's whole prefix starts again after {@code start} and before {@code end}, or -1. */
    private static int laterStart(byte[] bytes, int start, int end) {
        int later = candidate(bytes, start + 1, end);
        return later >= 0 && end - later >= PREFIX.length ? later : -1;
    }

    private static int indexOf(byte wanted, byte[] bytes, int from, int to) {
        for (int i = from; i < to; i++) {
            if (bytes[i] == wanted) {
                return i;
            }
        }
        return -1;
    }

    private static byte[] ascii(String text) {
        byte[] bytes = new byte[text.length()];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) text.charAt(i);
        }
        return bytes;
    }

    /** A growable run of bytes read from the front. */
    private static final class Bytes {
        byte[] bytes = new byte[0];
        private int start;
        private int end;

        int size() {
            return end - start;
        }

        void append(byte[] from, int offset, int length) {
            reserve(length);
            System.arraycopy(from, offset, bytes, end, length);
            end += length;
        }

        /** Room for {@code length} more bytes at {@link #size()}; the content starts at index 0 then. */
        void reserve(int length) {
            if (start > 0) {
                System.arraycopy(bytes, start, bytes, 0, end - start);
                end -= start;
                start = 0;
            }
            if (bytes.length - end < length) {
                bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, end + length));
            }
        }

        void grow(int length) {
            end += length;
        }

        int takeInto(byte[] to, int offset, int length) {
            int n = Math.min(length, size());
            System.arraycopy(bytes, start, to, offset, n);
            start += n;
            if (start == end) {
                clear();
            }
            return n;
        }

        /** Drops the first {@code n} bytes; what is left starts at index 0. */
        void dropFirst(int n) {
            System.arraycopy(bytes, start + n, bytes, 0, end - start - n);
            end -= start + n;
            start = 0;
        }

        void clear() {
            start = 0;
            end = 0;
        }
    }
}
