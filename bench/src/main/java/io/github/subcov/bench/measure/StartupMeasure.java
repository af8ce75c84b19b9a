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
import io.github.subcov.bench.generate.GeneratedApp;
import java.nio.file.Path;
import java.util.List;

/** 1. Wall time of a child JVM that spawns nothing, from {@code start()} until it has ended. */
public final class StartupMeasure {

    static final double TARGET = 1.10;

    private StartupMeasure() {
    }

    public static void run(Context context, ResultTable table) throws Exception {
        String classes = context.app.appClasses().toString();
        measure(context, table, "start-up, hello world", "hello", context.settings.startupRounds,
                "-cp", classes, "app.Hello");
        measure(context, table, String.format("start-up, app of %,d classes", GeneratedApp.APP_CLASSES), "app",
                context.settings.startupAppRounds, "-cp", classes, "app.Main",
                Integer.toString(GeneratedApp.APP_CLASSES));
    }

    private static void measure(Context context, ResultTable table, String metric, String name, int rounds,
            String... arguments) throws Exception {
        Path directory = Directories.fresh(context.files.work().resolve("startup-" + name));
        Agents agents = Agents.in(context.files, directory);
        int[] subcovRuns = new int[1];
        PairedSamples<Variant> samples = Rounds.run(metric, List.of(Variant.values()), context.settings.startupWarmup,
                rounds, (variant, round) -> {
                    if (variant == Variant.SUBCOV) {
                        subcovRuns[0]++;
                    }
                    return Launch.java(context.files, directory, variant.jvmOptions(agents), arguments).run()
                            .wallMillis();
                });
        Checks.subcovWroteData(agents.subcovData(), subcovRuns[0]);
        Spread ratio = samples.ratio(Variant.SUBCOV, Variant.JACOCO);
        table.add(metric, Cells.millis(samples.of(Variant.PLAIN).median),
                Cells.millis(samples.of(Variant.JACOCO).median), Cells.millis(samples.of(Variant.SUBCOV).median),
                ratio.format("%.2f") + " subcov/JaCoCo", "≤ 1.10", ratio.median <= TARGET);
    }
}
