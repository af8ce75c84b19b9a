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
import io.github.subcov.bench.child.BuildForkLoop;
import io.github.subcov.bench.child.BuildForkLoop.Way;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * 8. A JVM that Maven starts (exec:exec) against one that Surefire starts, each against JaCoCo
 * alone: one {@link BuildForkLoop} JVM, standing in for Maven's with subcov's launch hook in,
 * starts {@code java … app.Hello} in each {@link Way}, in rotating order, round after round. The
 * build-forked JVM gets its options from the hook's rewriting, the test-forked one from its command
 * line; the second JaCoCo launch shows how far two launches alike land apart, the resolution
 * against which the two ratios should be equal.
 */
public final class BuildForkedStartupMeasure {

    private BuildForkedStartupMeasure() {
    }

    public static void run(Context context, ResultTable table) throws Exception {
        Path directory = Directories.fresh(context.files.work().resolve("build-forked-startup"));
        Agents agents = Agents.in(context.files, directory);
        List<String> arguments = new ArrayList<String>(agents.flagArguments());
        arguments.addAll(List.of(context.files.java(), context.app.appClasses().toString(),
                Variant.JACOCO.jvmOptions(agents).get(0)));
        String metric = "start-up of java app.Hello from a JVM with the Maven-JVM hook";
        int rounds = context.settings.buildForkWarmup + context.settings.buildForkRounds;
        PairedSamples<Way> samples;
        try (SpawnLoopJvm maven = SpawnLoopJvm.start(context.files, directory.resolve("maven"), MavenJvms.OPTIONS,
                context.files.mavenJvmClassPath(), BuildForkLoop.class, arguments.toArray(new String[0]))) {
            samples = Rounds.run(metric, List.of(Way.values()), context.settings.buildForkWarmup,
                    context.settings.buildForkRounds, (way, round) -> maven.ask(way.name())[0] / 1e6);
        }
        // the test-forked and the build-forked JVM of every round; the latter with Maven's JVM as parent
        Checks.subcovWroteData(agents.subcovData(), 2 * rounds);
        Checks.requireParents(agents.subcovData(), MavenJvms.PARENT_PREFIX, rounds);
        String jacoco = Cells.millis(samples.of(Way.JACOCO).median);
        Spread build = samples.ratio(Way.BUILD_FORKED, Way.JACOCO);
        Spread test = samples.ratio(Way.TEST_FORKED, Way.JACOCO);
        Spread againstTest = samples.ratio(Way.BUILD_FORKED, Way.TEST_FORKED);
        Spread resolution = samples.ratio(Way.JACOCO_AGAIN, Way.JACOCO);
        table.add(metric + ": build-forked (command rewritten by the hook), vs JaCoCo", ResultTable.NONE, jacoco,
                Cells.millis(samples.of(Way.BUILD_FORKED).median), Cells.ratioWithInterval(build, "build-forked/JaCoCo"),
                ResultTable.NONE, null);
        table.add(metric + ": test-forked (subcov's options on the command, as Surefire's argLine), vs JaCoCo",
                ResultTable.NONE, jacoco, Cells.millis(samples.of(Way.TEST_FORKED).median),
                Cells.ratioWithInterval(test, "test-forked/JaCoCo"), ResultTable.NONE, null);
        table.add(metric + ": build-forked vs test-forked", ResultTable.NONE, ResultTable.NONE, ResultTable.NONE,
                Cells.ratioWithInterval(againstTest, "build/test"), "1 within the resolution",
                equalWithin(againstTest, resolution));
        table.add(metric + ": a second JaCoCo launch against the first (what this run resolves)", ResultTable.NONE,
                jacoco, ResultTable.NONE, Cells.ratioWithInterval(resolution, "JaCoCo/JaCoCo"), ResultTable.NONE, null);
    }

    /**
     * Whether a ratio is 1 as far as the run can tell: its confidence interval holds 1, or its
     * median is no farther from 1 than the interval of two launches alike reaches.
     */
    static boolean equalWithin(Spread ratio, Spread resolution) {
        double[] interval = ratio.medianIntervalBounds();
        double[] alike = resolution.medianIntervalBounds();
        if (interval == null || alike == null) {
            return false;
        }
        double reach = Math.max(Math.abs(alike[0] - 1), Math.abs(alike[1] - 1));
        return (interval[0] <= 1 && 1 <= interval[1]) || Math.abs(ratio.median - 1) <= reach;
    }
}
