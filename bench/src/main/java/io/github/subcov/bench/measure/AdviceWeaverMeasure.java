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
import io.github.subcov.bench.child.WeaveProcessImpl;
import io.github.subcov.bench.child.WeaveProcessImpl.Weaver;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * 9. Whether covered JVMs could weave the JDK's classes with ByteBuddy {@code Advice} instead of
 * subcov's hand-written weaver, which the cache of woven classes leaves to the first JVM of a
 * build: that JVM's first spawn must stay within {@value #TARGET_MILLIS} ms of JaCoCo's. Measured
 * as the first spawn of a subcov JVM whose cache is emptied before it starts (the hand-written
 * weaver, as it is), and as the weaving of {@code java.lang.ProcessImpl} alone in a fresh JVM
 * ({@link WeaveProcessImpl}) by each {@link Weaver}, timed and with the classes it loads. The first
 * spawn with Advice is estimated as the measured one with the hand-written weaver's fresh-JVM cost
 * replaced by Advice's: a lower bound, as the weaver's classes are partly loaded before the first
 * spawn (at start-up, for {@code Shutdown}).
 */
public final class AdviceWeaverMeasure {

    static final double TARGET_MILLIS = 50;
    static final String PROCESS_IMPL_ENTRY = "java.lang.ProcessImpl-";

    private AdviceWeaverMeasure() {
    }

    public static void run(Context context, ResultTable table) throws Exception {
        Spread coldFirstSpawn = coldFirstSpawn(context, table);
        Path directory = Directories.fresh(context.files.work().resolve("advice-weaver"));
        String metric = "weaving java.lang.ProcessImpl in a fresh JVM";
        PairedSamples<Weaver> classes = new PairedSamples<Weaver>();
        PairedSamples<Weaver> millis = Rounds.run(metric, List.of(Weaver.values()), 1, context.settings.weaveRounds,
                (weaver, round) -> {
                    String[] out = Launch.java(context.files, directory, List.of(), "-cp",
                            context.files.mavenJvmClassPath(), WeaveProcessImpl.class.getName(), weaver.name()).run()
                            .stdout.trim().split(" ");
                    if (round >= 0) {
                        classes.add(weaver, Double.parseDouble(out[1]));
                    }
                    return Long.parseLong(out[0]) / 1e6;
                });
        Spread hand = millis.of(Weaver.HAND_WRITTEN);
        table.add(metric + ": subcov's hand-written weaver (JdkClassTransformer.weave)", ResultTable.NONE,
                ResultTable.NONE, Cells.millis(hand.median), hand.format("%.1f") + " ms; "
                        + loaded(classes, Weaver.HAND_WRITTEN), ResultTable.NONE, null);
        for (Weaver advice : List.of(Weaver.ADVICE, Weaver.ADVICE_LEAN)) {
            Spread extra = millis.difference(advice, Weaver.HAND_WRITTEN);
            double firstSpawn = coldFirstSpawn.median + extra.median;
            table.add(metric + ": ByteBuddy Advice" + (advice == Weaver.ADVICE_LEAN
                    ? ", validation, method graph and class format changes off" : ", ByteBuddy's defaults"),
                    ResultTable.NONE, ResultTable.NONE, Cells.millis(millis.of(advice).median),
                    extra.format("%+.0f") + " ms over hand-written; " + loaded(classes, advice)
                            + String.format(Locale.ROOT, "; a cold first spawn with it ≥ %+.0f ms vs JaCoCo",
                                    firstSpawn), "≤ 50 ms", firstSpawn <= TARGET_MILLIS);
        }
    }

    /** The first spawn of a subcov JVM that weaves its JDK classes itself, against JaCoCo's; the extra, in ms. */
    private static Spread coldFirstSpawn(Context context, ResultTable table) throws Exception {
        Path directory = Directories.fresh(context.files.work().resolve("cold-first-spawn"));
        Agents agents = Agents.in(context.files, directory);
        Path cache = directory.resolve("subcov-woven");
        String metric = "first spawn (/bin/true) in a JVM with an empty cache of woven classes";
        List<Variant> variants = List.of(Variant.JACOCO, Variant.SUBCOV);
        int[] subcovRuns = new int[1];
        PairedSamples<Variant> wall = new PairedSamples<Variant>();
        PairedSamples<Variant> samples = Rounds.run(metric, variants, 1, context.settings.coldSpawnRounds,
                (variant, round) -> {
                    if (variant == Variant.SUBCOV) {
                        subcovRuns[0]++;
                        Directories.deleteTree(cache);
                    }
                    Launch.Finished finished = Launch.java(context.files, directory, variant.jvmOptions(agents), "-cp",
                            context.files.harnessClasses().toString(), FirstSpawn.class.getName()).run();
                    String[] out = finished.stdout.trim().split("\n");
                    Checks.require(Boolean.parseBoolean(out[1].trim()) == (variant == Variant.SUBCOV),
                            "subcov's launch hook live in a " + variant.label() + " JVM: " + out[1]);
                    if (variant == Variant.SUBCOV) {
                        // this JVM wove ProcessImpl itself: the cache it started with was empty
                        Checks.require(Files.isDirectory(cache) && Checks.files(cache, ".class").stream().anyMatch(
                                entry -> entry.getFileName().toString().startsWith(PROCESS_IMPL_ENTRY)),
                                "no woven ProcessImpl in " + cache);
                    }
                    if (round >= 0) {
                        wall.add(variant, finished.wallMillis());
                    }
                    return Long.parseLong(out[0].trim()) / 1e6;
                });
        Checks.subcovWroteData(agents.subcovData(), subcovRuns[0]);
        Spread extra = samples.difference(Variant.SUBCOV, Variant.JACOCO);
        table.add(metric + " (subcov's hand-written weaver), extra vs JaCoCo", ResultTable.NONE,
                Cells.millis(samples.of(Variant.JACOCO).median), Cells.millis(samples.of(Variant.SUBCOV).median),
                extra.format("%+.1f") + " ms", "≤ 50 ms", extra.median <= TARGET_MILLIS);
        Spread whole = wall.difference(Variant.SUBCOV, Variant.JACOCO);
        table.add("… the whole JVM (start-up with an empty cache and first spawn), extra vs JaCoCo", ResultTable.NONE,
                Cells.millis(wall.of(Variant.JACOCO).median), Cells.millis(wall.of(Variant.SUBCOV).median),
                whole.format("%+.1f") + " ms", ResultTable.NONE, null);
        return extra;
    }

    private static String loaded(PairedSamples<Weaver> classes, Weaver weaver) {
        return String.format(Locale.ROOT, "%.0f classes loaded", classes.of(weaver).median);
    }
}
