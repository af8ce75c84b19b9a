package io.github.subcov.bench;

import java.util.Locale;

/** How numbers look in the table. */
public final class Cells {

    private Cells() {
    }

    public static String millis(double millis) {
        return millis >= 100 ? String.format(Locale.ROOT, "%.0f ms", millis)
                : String.format(Locale.ROOT, "%.1f ms", millis);
    }

    public static String millisPrecise(double millis) {
        return String.format(Locale.ROOT, "%.3f ms", millis);
    }

    public static String seconds(double millis) {
        return String.format(Locale.ROOT, "%.2f s", millis / 1000);
    }

    public static String percent(double fraction) {
        return String.format(Locale.ROOT, "%.2f%%", fraction * 100);
    }

    /** A ratio to four places with its quartiles, what it divides, and how precisely its median is known. */
    public static String ratioWithInterval(Spread ratio, String what) {
        return ratio.format("%.4f") + " " + what + "; " + ratio.medianInterval("%.3f");
    }
}
