package io.github.subcov.bench;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleBinaryOperator;

/**
 * One value per variant per round. Rounds pair the variants: a ratio is taken within each round,
 * then the median of those, so a slow minute of a busy machine hits both sides of a ratio alike.
 */
public final class PairedSamples {

    private final Map<Variant, List<Double>> values = new EnumMap<Variant, List<Double>>(Variant.class);

    void add(Variant variant, double value) {
        values.computeIfAbsent(variant, v -> new ArrayList<Double>()).add(value);
    }

    public boolean has(Variant variant) {
        return values.containsKey(variant);
    }

    public Spread of(Variant variant) {
        return Spread.of(values(variant));
    }

    /** Median and quartiles of the per-round ratios {@code numerator / denominator}. */
    public Spread ratio(Variant numerator, Variant denominator) {
        return paired(numerator, denominator, (a, b) -> a / b);
    }

    /** Median and quartiles of the per-round differences {@code minuend - subtrahend}. */
    public Spread difference(Variant minuend, Variant subtrahend) {
        return paired(minuend, subtrahend, (a, b) -> a - b);
    }

    private Spread paired(Variant first, Variant second, DoubleBinaryOperator operator) {
        List<Double> a = values(first);
        List<Double> b = values(second);
        List<Double> paired = new ArrayList<Double>();
        for (int round = 0; round < Math.min(a.size(), b.size()); round++) {
            paired.add(operator.applyAsDouble(a.get(round), b.get(round)));
        }
        return Spread.of(paired);
    }

    private List<Double> values(Variant variant) {
        List<Double> list = values.get(variant);
        if (list == null) {
            throw new IllegalStateException("no samples of " + variant);
        }
        return list;
    }
}
