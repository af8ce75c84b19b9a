package io.github.subcov.bench;

import java.util.Locale;

/** Progress on stderr, one line each, so that stdout carries the tables alone. */
public final class Progress {

    private static final long START = System.nanoTime();

    private Progress() {
    }

    public static void say(String format, Object... arguments) {
        long seconds = (System.nanoTime() - START) / 1_000_000_000L;
        System.err.printf(Locale.ROOT, "[%3d:%02d] %s%n", seconds / 60, seconds % 60,
                String.format(Locale.ROOT, format, arguments));
    }
}
