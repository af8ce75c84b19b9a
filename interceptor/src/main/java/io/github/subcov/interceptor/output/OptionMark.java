package io.github.subcov.interceptor.output;

import java.util.Arrays;

/**
 * A text that every {@code JAVA_TOOL_OPTIONS} value subcov makes holds (its agent option up to the
 * {@code =}), found in a child's output while looking at few of its bytes: the pair of bytes at
 * every {@code (length - 1)}th position. An occurrence holds {@code length - 1} pairs, so the scan
 * meets one of them; a pair that occurs in the mark (hashed into a table small enough to stay in
 * the CPU's first cache) has the starts it implies compared. A long mark, such as a jar's path,
 * makes the scan look at one byte in a hundred.
 */
public final class OptionMark {

    private static final int TABLE_BITS = 12;
    private static final int TABLE_MASK = (1 << TABLE_BITS) - 1;

    private final byte[] mark;
    /** For each hash of a pair, 1 + the last place in the mark where such a pair starts, or 0. */
    private final short[] lastPlace;
    /** For each place, 1 + the previous place with a pair of the same hash, or 0. */
    private final short[] previousPlace;

    private OptionMark(byte[] mark) {
        this.mark = mark;
        this.lastPlace = new short[1 << TABLE_BITS];
        this.previousPlace = new short[mark.length];
        for (int k = 0; k + 1 < mark.length; k++) {
            int hash = hash(mark[k], mark[k + 1]);
            previousPlace[k] = lastPlace[hash];
            lastPlace[hash] = (short) (k + 1);
        }
    }

    /** The mark for these bytes; null where it is too short to scan for, or too long for the table's places. */
    public static OptionMark of(byte[] mark) {
        return mark.length < 2 || mark.length > Short.MAX_VALUE ? null : new OptionMark(Arrays.copyOf(mark, mark.length));
    }

    /** Where the mark first occurs whole in {@code [from, to)}, or -1. */
    int find(byte[] bytes, int from, int to) {
        int stride = mark.length - 1;
        int found = -1;
        for (int at = from, last = to - 1; at < last; at += stride) {
            for (int place = lastPlace[hash(bytes[at], bytes[at + 1])]; place != 0; place = previousPlace[place - 1]) {
                int start = at - (place - 1);
                if (start >= from && start + mark.length <= to && (found < 0 || start < found)
                        && matches(bytes, start)) {
                    found = start;
                }
            }
            if (found >= 0 && found <= at - stride + 1) {
                // an occurrence not met yet starts after this one
                return found;
            }
        }
        return found;
    }

    private boolean matches(byte[] bytes, int start) {
        for (int k = 0; k < mark.length; k++) {
            if (bytes[start + k] != mark[k]) {
                return false;
            }
        }
        return true;
    }

    private static int hash(byte first, byte second) {
        return ((first & 0xff) * 31 + (second & 0xff)) & TABLE_MASK;
    }
}
