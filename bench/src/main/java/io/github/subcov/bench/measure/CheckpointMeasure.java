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
import io.github.subcov.bench.child.IdleCpu;
import io.github.subcov.bench.generate.GeneratedApp;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * 3. CPU share of an idle JVM that has loaded and run {@value GeneratedApp#TOTAL_CLASSES}
 * classes, at subcov's default checkpoint interval of 1 s: the process's CPU time while idle
 * over the idle wall time, measured inside the JVM. The window starts {@value #SETTLE_MILLIS} ms
 * after the classes ran: a steady idle JVM whose checkpoints find nothing new to write. The CPU
 * time of subcov's checkpoint thread alone is shown beside it; the process's difference also
 * holds what the JIT and GC spend on checkpoints, and every other difference.
 */
public final class CheckpointMeasure {

    static final double TARGET = 0.01;
    /** Long enough for the checkpoint after the classes ran; the window then sees only idle ones. */
    static final long SETTLE_MILLIS = 2_000;

    private CheckpointMeasure() {
    }

    public static void run(Context context, ResultTable table) throws Exception {
        Path directory = Directories.fresh(context.files.work().resolve("checkpoint"));
        Agents agents = Agents.in(context.files, directory);
        String classPath = context.files.harnessClasses() + File.pathSeparator + context.app.appClasses()
                + File.pathSeparator + context.app.moreClasses();
        long idleMillis = context.settings.checkpointIdleMillis;
        String metric = String.format(Locale.ROOT, "checkpoint CPU/wall, %,d classes, idle %d s",
                GeneratedApp.TOTAL_CLASSES, idleMillis / 1000);
        int[] subcovRuns = new int[1];
        List<Double> threadShares = new ArrayList<Double>();
        PairedSamples<Variant> samples = Rounds.run(metric, List.of(Variant.values()), 0, context.settings.checkpointRounds,
                (variant, round) -> {
                    if (variant == Variant.SUBCOV) {
                        subcovRuns[0]++;
                    }
                    String[] out = Launch.java(context.files, directory, variant.jvmOptions(agents), "-cp", classPath,
                            IdleCpu.class.getName(), Long.toString(idleMillis), Long.toString(SETTLE_MILLIS),
                            Integer.toString(GeneratedApp.TOTAL_CLASSES)).run().stdout.trim().split(" ");
                    double wall = Double.parseDouble(out[1]);
                    long thread = Long.parseLong(out[2]);
                    Checks.require((thread >= 0) == (variant == Variant.SUBCOV),
                            "a checkpoint thread in a " + variant.label() + " JVM: " + thread);
                    if (thread >= 0) {
                        threadShares.add(thread / wall);
                    }
                    long loaded = Long.parseLong(out[3]);
                    Checks.require(loaded >= GeneratedApp.TOTAL_CLASSES, "only " + loaded + " classes loaded");
                    return Double.parseDouble(out[0]) / wall;
                });
        Checks.subcovWroteData(agents.subcovData(), subcovRuns[0]);
        Spread extra = samples.difference(Variant.SUBCOV, Variant.JACOCO);
        String ratio = String.format(Locale.ROOT, "%+.2f pp subcov−JaCoCo", extra.median * 100)
                + (extra.count >= 3 ? String.format(Locale.ROOT, " (%+.2f–%+.2f)", extra.lowerQuartile * 100,
                        extra.upperQuartile * 100) : "")
                + "; checkpoint thread alone " + Cells.percent(Spread.of(threadShares).median);
        table.add(metric, Cells.percent(samples.of(Variant.PLAIN).median),
                Cells.percent(samples.of(Variant.JACOCO).median), Cells.percent(samples.of(Variant.SUBCOV).median),
                ratio, "≤ 1%", extra.median <= TARGET);
    }
}
