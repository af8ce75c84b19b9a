package io.github.subcov.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleBinaryOperator;

/**
 * One value per variant (usually a {@link Variant}) per round. Rounds pair the variants: a ratio is
 * taken within each round, then the median of those, so a slow minute of a busy machine hits both
 * sides of a ratio alike.
 */
public final class PairedSamples<K> {

    private final Map<K, List<Double>> values = new LinkedHashMap<K, List<Double>>();

    public void add(K variant, double value) {
        values.computeIfAbsent(variant, v -> new ArrayList<Double>()).add(value);
    }

    /** Appends another run's rounds, which stay paired as they were. */
    public void addAll(PairedSamples<K> other) {
        for (Map.Entry<K, List<Double>> entry : other.values.entrySet()) {
            values.computeIfAbsent(entry.getKey(), v -> new ArrayList<Double>()).addAll(entry.getValue());
        }
    }

    public boolean has(K variant) {
        return values.containsKey(variant);
    }

    public Spread of(K variant) {
        return Spread.of(values(variant));
    }

    /** Median and quartiles of the per-round ratios {@code numerator / denominator}. */
    public Spread ratio(K numerator, K denominator) {
        return paired(numerator, denominator, (a, b) -> a / b);
    }

    /** Median and quartiles of the per-round differences {@code minuend - subtrahend}. */
    public Spread difference(K minuend, K subtrahend) {
        return paired(minuend, subtrahend, (a, b) -> a - b);
    }

    private Spread paired(K first, K second, DoubleBinaryOperator operator) {
        List<Double> a = values(first);
        List<Double> b = values(second);
        List<Double> paired = new ArrayList<Double>();
        for (int round = 0; round < Math.min(a.size(), b.size()); round++) {
            paired.add(operator.applyAsDouble(a.get(round), b.get(round)));
        }
        return Spread.of(paired);
    }

    private List<Double> values(K variant) {
        List<Double> list = values.get(variant);
        if (list == null) {
            throw new IllegalStateException("no samples of " + variant);
        }
        return list;
    }
}
