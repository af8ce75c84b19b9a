package io.github.subcov.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Runs a measurement in rounds that interleave the variants, each round in a rotated order. */
public final class Rounds {

    /** One sample of one variant; the unit is the caller's. */
    public interface Measurement<K> {
        double measure(K variant, int round) throws Exception;
    }

    private Rounds() {
    }

    /**
     * Runs {@code warmup} rounds whose samples are dropped (page cache, CDS archive, JIT of the
     * harness), then {@code rounds} paired rounds.
     */
    public static <K> PairedSamples<K> run(String name, List<K> variants, int warmup, int rounds,
            Measurement<K> measurement) throws Exception {
        PairedSamples<K> samples = new PairedSamples<K>();
        for (int round = -warmup; round < rounds; round++) {
            if (Progress.shows(round + warmup, warmup + rounds)) {
                Progress.say("%s: %s %d/%d", name, round < 0 ? "warm-up" : "round", round < 0 ? round + warmup + 1
                        : round + 1, round < 0 ? warmup : rounds);
            }
            List<K> order = new ArrayList<K>(variants);
            // rotating the order evens out any advantage of going first or last in a round
            Collections.rotate(order, -Math.floorMod(round, order.size()));
            for (K variant : order) {
                double value = measurement.measure(variant, round);
                if (round >= 0) {
                    samples.add(variant, value);
                }
            }
        }
        return samples;
    }
}
