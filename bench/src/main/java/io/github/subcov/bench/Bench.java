package io.github.subcov.bench;

import io.github.subcov.bench.generate.GeneratedApp;
import io.github.subcov.bench.measure.AdviceWeaverMeasure;
import io.github.subcov.bench.measure.AggregateReportMeasure;
import io.github.subcov.bench.measure.BuildForkedStartupMeasure;
import io.github.subcov.bench.measure.CheckpointMeasure;
import io.github.subcov.bench.measure.CombineAndReport;
import io.github.subcov.bench.measure.FirstSpawnMeasure;
import io.github.subcov.bench.measure.HookSwitchMeasure;
import io.github.subcov.bench.measure.LaterSpawnMeasure;
import io.github.subcov.bench.measure.MavenJvmHookMeasure;
import io.github.subcov.bench.measure.QuietStreamsMeasure;
import io.github.subcov.bench.measure.StartupMeasure;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The benchmark of one JDK, the one it runs on: {@code Bench [--quick] [--only startup,spawn,...]
 * [--out results.md]}. Prints the table on stdout and writes it, with the machine, to the
 * {@code --out} file; progress goes to stderr.
 */
public final class Bench {

    static final List<String> MEASUREMENTS = List.of("startup", "first-spawn", "later-spawns", "checkpoint",
            "combine-report", "quiet-streams", "maven-jvm-hook", "build-forked-startup", "advice-weaver",
            "aggregate-report");

    static final String NOTES = String.join("\n",
            "Values are medians. A ratio (or difference) is the median of the per-round ratios, with the quartiles",
            "in brackets from 3 rounds on; each round runs every variant once, in rotating order. A later-spawn",
            "ratio also gives the 95 % confidence interval of its median (order statistics of the per-turn ratios);",
            "the second plain JVM's line shows how far two identical JVMs land apart in the same run. The line of one",
            "subcov JVM switching its launch hook spawn by spawn compares spawns of the same JVM, so it is known",
            "far more precisely than the lines that compare JVMs taking turns.",
            "JaCoCo: its agent alone, writing a destfile at exit. subcov: the options subcov:prepare writes, the",
            "interceptor and JaCoCo's agent joined in one jar, on the boot class path and as agent, which starts JaCoCo",
            "with output=none and writes its own files; both exclude io.github.subcov.*. For combine and report the",
            "JaCoCo column is jacococli (merge, report), and every tool runs in a fresh JVM, timed from start to exit.",
            "jacococli reports the merged file; subcov reads the 1,000 processes' files, combines and reports them,",
            "without its process view (-Dsubcov.processView=false) on the targeted line, with it on the next.",
            "The aggregate report's JaCoCo column adds jacococli merge and jacococli report, two JVMs; subcov's is one",
            "JVM that combines, writes the merged file and reports with its defaults, the process view on. Its",
            "interval is the exact one of its few rounds' median (order statistics, binomial).",
            "The pipe lines compare JVMs taking turns at reading a child's output, subcov's through its filter. The",
            "lines of Maven's JVM run a plain JVM with the Maven plugin on its class path in its place, with subcov's",
            "launch hook put in as subcov:prepare does; the weaving lines time one weave in a fresh JVM each.", "",
            "");

    private Bench() {
    }

    public static void main(String[] args) throws Exception {
        boolean quick = false;
        Set<String> only = new LinkedHashSet<String>(MEASUREMENTS);
        Path out = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--quick":
                    quick = true;
                    break;
                case "--only":
                    only = new LinkedHashSet<String>(List.of(args[++i].split(",")));
                    if (!MEASUREMENTS.containsAll(only)) {
                        throw new IllegalArgumentException("--only takes some of " + MEASUREMENTS);
                    }
                    break;
                case "--out":
                    out = Path.of(args[++i]);
                    break;
                default:
                    throw new IllegalArgumentException("unknown argument " + args[i]
                            + "; usage: Bench [--quick] [--only " + String.join(",", MEASUREMENTS) + "] [--out file]");
            }
        }
        String report = run(Settings.of(quick), only);
        System.out.print(report);
        if (out != null) {
            Files.createDirectories(out.toAbsolutePath().getParent());
            Files.writeString(out, report, StandardCharsets.UTF_8);
        }
    }

    static String run(Settings settings, Set<String> only) throws Exception {
        String loadBefore = Machine.load();
        long start = System.nanoTime();
        BenchFiles files = BenchFiles.locate();
        Context context = new Context(files, settings, GeneratedApp.ensure(files));
        ResultTable table = new ResultTable();
        if (only.contains("startup")) {
            StartupMeasure.run(context, table);
        }
        if (only.contains("first-spawn")) {
            FirstSpawnMeasure.run(context, table);
        }
        if (only.contains("later-spawns")) {
            LaterSpawnMeasure.run(context, table);
            HookSwitchMeasure.run(context, table);
        }
        if (only.contains("checkpoint")) {
            CheckpointMeasure.run(context, table);
        }
        if (only.contains("combine-report")) {
            CombineAndReport.run(context, table);
        }
        if (only.contains("quiet-streams")) {
            QuietStreamsMeasure.run(context, table);
        }
        if (only.contains("maven-jvm-hook")) {
            MavenJvmHookMeasure.run(context, table);
        }
        if (only.contains("build-forked-startup")) {
            BuildForkedStartupMeasure.run(context, table);
        }
        if (only.contains("advice-weaver")) {
            AdviceWeaverMeasure.run(context, table);
        }
        if (only.contains("aggregate-report")) {
            AggregateReportMeasure.run(context, table);
        }
        long minutes = (System.nanoTime() - start) / 60_000_000_000L;
        long seconds = (System.nanoTime() - start) / 1_000_000_000L % 60;
        return String.format("### JDK %d%s%n%n%s%n%n%s%n", Runtime.version().feature(),
                settings.quick ? " (--quick: few rounds, to check the harness; do not quote these)" : "",
                Machine.describe().replace("\n", "  \n").trim(), table.markdown())
                + NOTES + String.format("Load average before: %s, after: %s. Took %d min %02d s.%n%n", loadBefore,
                Machine.load(), minutes, seconds);
    }
}
