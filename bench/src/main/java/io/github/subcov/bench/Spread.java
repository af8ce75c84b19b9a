package io.github.subcov.bench;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** The median of some samples with its quartiles, so a reader sees how noisy a number is. */
public final class Spread {

    public final double median;
    public final double lowerQuartile;
    public final double upperQuartile;
    public final int count;

    private Spread(double median, double lowerQuartile, double upperQuartile, int count) {
        this.median = median;
        this.lowerQuartile = lowerQuartile;
        this.upperQuartile = upperQuartile;
        this.count = count;
    }

    public static Spread of(List<Double> samples) {
        if (samples.isEmpty()) {
            throw new IllegalArgumentException("no samples");
        }
        double[] sorted = samples.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(sorted);
        return new Spread(quantile(sorted, 0.5), quantile(sorted, 0.25), quantile(sorted, 0.75), sorted.length);
    }

    /** Linear interpolation between closest ranks; the median of an even count is the mean of the middle two. */
    static double quantile(double[] sorted, double q) {
        double position = q * (sorted.length - 1);
        int below = (int) Math.floor(position);
        int above = (int) Math.ceil(position);
        return sorted[below] + (sorted[above] - sorted[below]) * (position - below);
    }

    /** For example {@code 1.04 (1.01–1.08)}: median and quartiles. */
    public String format(String pattern) {
        if (count < 3) {
            return String.format(Locale.ROOT, pattern, median);
        }
        return String.format(Locale.ROOT, pattern + " (" + pattern + "–" + pattern + ")", median, lowerQuartile,
                upperQuartile);
    }
}
