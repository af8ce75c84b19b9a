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
import io.github.subcov.bench.child.MavenHookInstall;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * 7. Putting subcov's launch hook into Maven's JVM, which {@code subcov:prepare} does once per
 * Maven JVM: {@code BuildForks.cover} (ByteBuddy's agent installer, the slot defined in the boot
 * loader, Advice retransforming {@code ProcessImpl}), timed in a fresh JVM per sample
 * ({@link MavenHookInstall}), and until the first launch it rewrote had started. A fresh JVM is
 * colder than Maven's at {@code prepare}, which has run the build so far: an upper bound.
 */
public final class MavenJvmHookMeasure {

    static final double TARGET_MILLIS = 1000;
    static final String VARIANT = "subcov";
    static final String FIRST_LAUNCH = "first launch";

    private MavenJvmHookMeasure() {
    }

    public static void run(Context context, ResultTable table) throws Exception {
        Path directory = Directories.fresh(context.files.work().resolve("maven-jvm-hook"));
        Agents agents = Agents.in(context.files, directory);
        String metric = "launch hook into Maven's JVM: BuildForks.cover in a fresh JVM, once per build";
        List<String> arguments = new ArrayList<String>(List.of("-cp", context.files.mavenJvmClassPath(),
                MavenHookInstall.class.getName()));
        arguments.addAll(agents.flagArguments());
        arguments.addAll(List.of(context.files.java(), context.app.appClasses().toString()));
        PairedSamples<String> firstLaunch = new PairedSamples<String>();
        PairedSamples<String> attach = new PairedSamples<String>();
        int[] runs = new int[1];
        PairedSamples<String> install = Rounds.run(metric, List.of(VARIANT), context.settings.mavenHookWarmup,
                context.settings.mavenHookRounds, (variant, round) -> {
                    runs[0]++;
                    String[] out = Launch.java(context.files, directory, MavenJvms.OPTIONS, arguments).run().stdout
                            .trim().split(" ");
                    if (round >= 0) {
                        firstLaunch.add(FIRST_LAUNCH, Long.parseLong(out[1]) / 1e6);
                        attach.add(VARIANT, Long.parseLong(out[2]) / 1e6);
                    }
                    return Long.parseLong(out[0]) / 1e6;
                });
        // every app.Hello was covered as a JVM that Maven's JVM started
        Checks.subcovWroteData(agents.subcovData(), runs[0]);
        Checks.requireParents(agents.subcovData(), MavenJvms.PARENT_PREFIX, runs[0]);
        Spread installed = install.of(VARIANT);
        table.add(metric, ResultTable.NONE, ResultTable.NONE, Cells.seconds(installed.median),
                installed.format("%.0f") + " ms, of which ByteBuddy's agent installer (attach) "
                        + attach.of(VARIANT).format("%.0f") + " ms", "≤ 1 s", installed.median <= TARGET_MILLIS);
        Spread launched = firstLaunch.of(FIRST_LAUNCH);
        table.add("… and until its first rewritten launch (java app.Hello) has started", ResultTable.NONE,
                ResultTable.NONE, Cells.seconds(launched.median), launched.format("%.0f") + " ms", ResultTable.NONE,
                null);
    }
}
