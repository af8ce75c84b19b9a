package io.github.subcov.bench.measure;

import io.github.subcov.bench.Cells;
import io.github.subcov.bench.Context;
import io.github.subcov.bench.Directories;
import io.github.subcov.bench.PairedSamples;
import io.github.subcov.bench.ResultTable;
import io.github.subcov.bench.Rounds;
import io.github.subcov.bench.Spread;
import io.github.subcov.bench.Variant;
import io.github.subcov.bench.Variant.Agents;
import io.github.subcov.bench.jmh.SpawnBenchmark;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * 2b. {@link SpawnBenchmark} under JMH, one fork per variant and round, the fork started with
 * the variant's agents; rounds interleave the variants like every other measurement here.
 */
public final class LaterSpawnMeasure {

    static final double TARGET = 1.02;

    private LaterSpawnMeasure() {
    }

    public static void run(Context context, ResultTable table) throws Exception {
        Path directory = Directories.fresh(context.files.work().resolve("later-spawns"));
        Agents agents = Agents.in(context.files, directory);
        String metric = String.format("later spawns (%,d × /bin/true per JVM, JMH), per spawn",
                SpawnBenchmark.SPAWNS * context.settings.laterSpawnIterations);
        int[] subcovRuns = new int[1];
        PairedSamples samples = Rounds.run(metric, List.of(Variant.values()), 0, context.settings.laterSpawnRounds,
                (variant, round) -> {
                    if (variant == Variant.SUBCOV) {
                        subcovRuns[0]++;
                    }
                    List<String> options = new ArrayList<String>(variant.jvmOptions(agents));
                    options.add("-D" + SpawnBenchmark.EXPECT_HOOK + "=" + (variant == Variant.SUBCOV));
                    if (Runtime.version().feature() >= 23) {
                        // JMH 1.37 reads field offsets through sun.misc.Unsafe, which JDK 23+ warns about on stderr
                        options.add("--sun-misc-unsafe-memory-access=allow");
                    }
                    return millisPerSpawn(options, context.settings.laterSpawnIterations);
                });
        Checks.subcovWroteData(agents.subcovData(), subcovRuns[0]);
        String plain = Cells.millisPrecise(samples.of(Variant.PLAIN).median);
        String jacoco = Cells.millisPrecise(samples.of(Variant.JACOCO).median);
        String subcov = Cells.millisPrecise(samples.of(Variant.SUBCOV).median);
        Spread overJacoco = samples.ratio(Variant.SUBCOV, Variant.JACOCO);
        Spread overPlain = samples.ratio(Variant.SUBCOV, Variant.PLAIN);
        table.add(metric + ", vs JaCoCo", plain, jacoco, subcov, overJacoco.format("%.3f") + " subcov/JaCoCo",
                "≤ 1.02", overJacoco.median <= TARGET);
        table.add(metric + ", vs plain", plain, jacoco, subcov, overPlain.format("%.3f") + " subcov/plain",
                "≤ 1.02", overPlain.median <= TARGET);
    }

    private static double millisPerSpawn(List<String> agentOptions, int iterations) throws Exception {
        Options options = new OptionsBuilder()
                .include(Pattern.quote(SpawnBenchmark.class.getName()) + ".spawnTrue$")
                .forks(1)
                .warmupIterations(1)
                .measurementIterations(iterations)
                .jvmArgsAppend(agentOptions.toArray(new String[0]))
                .shouldFailOnError(true)
                .verbosity(VerboseMode.SILENT)
                .build();
        RunResult result = new Runner(options).runSingle();
        List<Double> scores = new ArrayList<Double>();
        for (BenchmarkResult fork : result.getBenchmarkResults()) {
            for (IterationResult iteration : fork.getIterationResults()) {
                scores.add(iteration.getPrimaryResult().getScore());
            }
        }
        return Spread.of(scores).median;
    }
}
