package io.github.subcov.bench.measure;

import io.github.subcov.bench.Cells;
import io.github.subcov.bench.Context;
import io.github.subcov.bench.Directories;
import io.github.subcov.bench.Launch;
import io.github.subcov.bench.PairedSamples;
import io.github.subcov.bench.ResultTable;
import io.github.subcov.bench.Rounds;
import io.github.subcov.bench.Spread;
import io.github.subcov.bench.Variant;
import io.github.subcov.bench.Variant.Agents;
import io.github.subcov.bench.child.FirstSpawn;
import java.nio.file.Path;
import java.util.List;

/** 2a. The time of a JVM's first {@code /bin/true}, timed inside that JVM. */
public final class FirstSpawnMeasure {

    static final double TARGET_MILLIS = 50;

    private FirstSpawnMeasure() {
    }

    public static void run(Context context, ResultTable table) throws Exception {
        Path directory = Directories.fresh(context.files.work().resolve("first-spawn"));
        Agents agents = Agents.in(context.files, directory);
        String metric = "first spawn (/bin/true) in a JVM";
        int[] subcovRuns = new int[1];
        PairedSamples<Variant> samples = Rounds.run(metric, List.of(Variant.values()), 1, context.settings.firstSpawnRounds,
                (variant, round) -> {
                    if (variant == Variant.SUBCOV) {
                        subcovRuns[0]++;
                    }
                    String[] out = Launch.java(context.files, directory, variant.jvmOptions(agents), "-cp",
                            context.files.harnessClasses().toString(), FirstSpawn.class.getName()).run().stdout
                            .trim().split("\n");
                    Checks.require(Boolean.parseBoolean(out[1].trim()) == (variant == Variant.SUBCOV),
                            "subcov's launch hook live in a " + variant.label() + " JVM: " + out[1]);
                    return Long.parseLong(out[0].trim()) / 1e6;
                });
        Checks.subcovWroteData(agents.subcovData(), subcovRuns[0]);
        String plain = Cells.millis(samples.of(Variant.PLAIN).median);
        String jacoco = Cells.millis(samples.of(Variant.JACOCO).median);
        String subcov = Cells.millis(samples.of(Variant.SUBCOV).median);
        Spread overJacoco = samples.difference(Variant.SUBCOV, Variant.JACOCO);
        Spread overPlain = samples.difference(Variant.SUBCOV, Variant.PLAIN);
        table.add(metric + ", extra vs JaCoCo", plain, jacoco, subcov,
                overJacoco.format("%+.1f") + " ms", "≤ 50 ms", overJacoco.median <= TARGET_MILLIS);
        table.add(metric + ", extra vs plain", plain, jacoco, subcov,
                overPlain.format("%+.1f") + " ms", "≤ 50 ms", overPlain.median <= TARGET_MILLIS);
    }
}
