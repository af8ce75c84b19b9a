package io.github.subcov.bench;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The median of some samples with its quartiles, so a reader sees how noisy a number is, and a
 * 95 % confidence interval of the median, so a reader sees how precisely it is known.
 */
public final class Spread {

    static final int MIN_FOR_INTERVAL = 20;

    public final double median;
    public final double lowerQuartile;
    public final double upperQuartile;
    public final int count;
    private final double[] sorted;

    private Spread(double[] sorted) {
        this.sorted = sorted;
        this.median = quantile(sorted, 0.5);
        this.lowerQuartile = quantile(sorted, 0.25);
        this.upperQuartile = quantile(sorted, 0.75);
        this.count = sorted.length;
    }

    public static Spread of(List<Double> samples) {
        if (samples.isEmpty()) {
            throw new IllegalArgumentException("no samples");
        }
        double[] sorted = samples.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(sorted);
        return new Spread(sorted);
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

    /**
     * For example {@code 95 % CI of the median 1.01–1.04}: the order statistics around the median
     * that hold it with 95 % confidence for independent samples (the binomial interval, normal
     * approximation), which needs no assumption about their distribution.
     */
    public String medianInterval(String pattern) {
        double[] bounds = medianIntervalBounds();
        if (bounds == null) {
            return "too few samples for a confidence interval";
        }
        return String.format(Locale.ROOT, "95 %% CI of the median " + pattern + "–" + pattern, bounds[0], bounds[1]);
    }

    /**
     * The bounds that {@link #medianInterval} shows, or null for too few samples. Under
     * {@value #MIN_FOR_INTERVAL} samples (rounds of whole reports) the ranks come from the exact
     * binomial distribution, from 6 samples on, the fewest whose extremes hold the median with
     * 95 % confidence.
     */
    public double[] medianIntervalBounds() {
        if (count < MIN_FOR_INTERVAL) {
            int lowerRank = exactLowerRank(count);
            return lowerRank == 0 ? null : new double[] {sorted[lowerRank - 1], sorted[count - lowerRank]};
        }
        double halfWidth = 0.98 * Math.sqrt(count);
        int lowerRank = (int) Math.max(1, Math.round(count / 2.0 - halfWidth));
        int upperRank = (int) Math.min(count, Math.round(1 + count / 2.0 + halfWidth));
        return new double[] {sorted[lowerRank - 1], sorted[upperRank - 1]};
    }

    /**
     * The highest rank {@code r} for which the {@code r}-th smallest and {@code r}-th largest of
     * {@code n} samples hold their median with at least 95 % confidence, {@code 1 − 2 P(B ≤ r − 1)}
     * for {@code B ~ Binomial(n, 1/2)}; 0 when even the extremes do not.
     */
    static int exactLowerRank(int n) {
        int best = 0;
        double below = 0;
        double coefficient = 1;
        for (int r = 1; r <= n / 2; r++) {
            // below = P(B <= r - 1): adds C(n, r - 1) / 2^n
            below += coefficient * Math.pow(0.5, n);
            coefficient = coefficient * (n - r + 1) / r;
            if (1 - 2 * below >= 0.95) {
                best = r;
            } else {
                break;
            }
        }
        return best;
    }
}
