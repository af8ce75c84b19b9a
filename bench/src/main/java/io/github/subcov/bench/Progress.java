package io.github.subcov.bench;

import java.util.Locale;

/** Progress on stderr, one line each, so that stdout carries the tables alone. */
public final class Progress {

    private static final long START = System.nanoTime();

    private Progress() {
    }

    /** Whether step {@code step} (from 0) of {@code total} gets a line: some twenty lines, however many steps. */
    public static boolean shows(int step, int total) {
        return step % Math.max(1, total / 20) == 0;
    }

    public static void say(String format, Object... arguments) {
        long seconds = (System.nanoTime() - START) / 1_000_000_000L;
        System.err.printf(Locale.ROOT, "[%3d:%02d] %s%n", seconds / 60, seconds % 60,
                String.format(Locale.ROOT, format, arguments));
    }
}
