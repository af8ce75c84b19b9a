package io.github.subcov.report;

/**
 * How many processes covered each line. A line key holds the source file's index in its high
 * half and the line number in its low half, so {@code Long.hashCode} (the halves XORed) puts
 * most keys into a few hundred buckets; with a thousand processes a {@code HashMap<Long, Integer>}
 * spent more time in those buckets than every other part of the process view together.
 */
final class LineCoverers {

    private long[] lines = new long[1 << 14];
    private int[] counts = new int[1 << 14];
    private int size;

    /** Counts one more process for each of its lines; a process's lines are distinct. */
    void addProcess(long[] processLines) {
        for (long line : processLines) {
            increment(line);
        }
    }

    /** How many processes covered the line. */
    int coverers(long line) {
        int mask = lines.length - 1;
        for (int slot = slotOf(line, mask); counts[slot] != 0; slot = (slot + 1) & mask) {
            if (lines[slot] == line) {
                return counts[slot];
            }
        }
        return 0;
    }

    /** How many distinct lines were added. */
    int size() {
        return size;
    }

    private void increment(long line) {
        int mask = lines.length - 1;
        int slot = slotOf(line, mask);
        while (counts[slot] != 0) {
            if (lines[slot] == line) {
                counts[slot]++;
                return;
            }
            slot = (slot + 1) & mask;
        }
        lines[slot] = line;
        counts[slot] = 1;
        if (2 * ++size > lines.length) {
            grow();
        }
    }

    private void grow() {
        long[] oldLines = lines;
        int[] oldCounts = counts;
        lines = new long[2 * oldLines.length];
        counts = new int[2 * oldCounts.length];
        int mask = lines.length - 1;
        for (int i = 0; i < oldLines.length; i++) {
            if (oldCounts[i] != 0) {
                int slot = slotOf(oldLines[i], mask);
                while (counts[slot] != 0) {
                    slot = (slot + 1) & mask;
                }
                lines[slot] = oldLines[i];
                counts[slot] = oldCounts[i];
            }
        }
    }

    private static int slotOf(long line, int mask) {
        long mixed = line * 0x9E3779B97F4A7C15L;
        return (int) (mixed >>> 40) & mask;
    }
}
