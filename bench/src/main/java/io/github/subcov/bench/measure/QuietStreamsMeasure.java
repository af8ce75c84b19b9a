package io.github.subcov.bench.measure;

import io.github.subcov.bench.Cells;
import io.github.subcov.bench.Context;
import io.github.subcov.bench.Directories;
import io.github.subcov.bench.PairedSamples;
import io.github.subcov.bench.ResultTable;
import io.github.subcov.bench.Rounds;
import io.github.subcov.bench.Settings;
import io.github.subcov.bench.Spread;
import io.github.subcov.bench.Variant;
import io.github.subcov.bench.Variant.Agents;
import io.github.subcov.bench.child.PipeReadLoop;
import io.github.subcov.bench.child.PipeReadLoop.Reading;
import io.github.subcov.bench.generate.ChildOutputFile;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * 6. A child's output read through its pipe: a subcov JVM reads the stdout of a non-Java child
 * through {@code ToolOptionsLineFilter}, as the child gets subcov's {@code JAVA_TOOL_OPTIONS} and
 * any JVM behind it would print them. One {@link PipeReadLoop} JVM per variant stays alive; in each
 * round every JVM reads {@value ChildOutputFile#BYTES} bytes of log lines from
 * {@code sh -c 'cat …'}, in rotating order. Throughput is bytes over the time from
 * {@code start()} to the end of {@code waitFor()}; the reading thread's CPU time is shown beside it,
 * and the same output read as lines of text, as most parents read a child's output.
 */
public final class QuietStreamsMeasure {

    static final double TARGET = 0.95;

    private QuietStreamsMeasure() {
    }

    public static void run(Context context, ResultTable table) throws Exception {
        Settings settings = context.settings;
        ChildOutputFile output = ChildOutputFile.ensure(context.files);
        Path directory = Directories.fresh(context.files.work().resolve("quiet-streams"));
        Agents agents = Agents.in(context.files, directory);
        String metric = String.format(Locale.ROOT, "child output through a pipe: %,d MB of log lines from sh -c 'cat',"
                + " read in 8 KB", ChildOutputFile.BYTES / 1_000_000);
        PairedSamples<Variant> throughput;
        PairedSamples<Variant> cpu = new PairedSamples<Variant>();
        PairedSamples<Variant> lines;
        Map<Variant, SpawnLoopJvm> jvms = new EnumMap<Variant, SpawnLoopJvm>(Variant.class);
        try {
            for (Variant variant : Variant.values()) {
                jvms.put(variant, SpawnLoopJvm.start(context.files, directory.resolve(variant.name().toLowerCase(
                        Locale.ROOT)), variant.jvmOptions(agents), PipeReadLoop.class, output.path().toString(),
                        Long.toString(output.crc()), String.valueOf(variant == Variant.SUBCOV), context.files.java(),
                        context.files.harnessClasses().toString()));
            }
            throughput = Rounds.run(metric, List.of(Variant.values()), settings.quietStreamsWarmup,
                    settings.quietStreamsRounds, (variant, round) -> {
                        long[] answer = read(jvms.get(variant), Reading.BYTES, variant);
                        if (round >= 0) {
                            cpu.add(variant, answer[1] / 1e6);
                        }
                        return megabytesPerSecond(answer);
                    });
            lines = Rounds.run(metric + ", as lines", List.of(Variant.values()), settings.quietStreamsWarmup,
                    settings.quietStreamsLineRounds,
                    (variant, round) -> megabytesPerSecond(read(jvms.get(variant), Reading.LINES, variant)));
        } finally {
            for (SpawnLoopJvm jvm : jvms.values()) {
                jvm.close();
            }
        }
        // the subcov reader, and the JVM behind a shell that its check started
        Checks.subcovWroteData(agents.subcovData(), 2);
        Spread ratio = throughput.ratio(Variant.SUBCOV, Variant.PLAIN);
        table.add(metric + ", throughput", megabytes(throughput, Variant.PLAIN), megabytes(throughput, Variant.JACOCO),
                megabytes(throughput, Variant.SUBCOV), Cells.ratioWithInterval(ratio, "subcov/plain") + "; "
                        + throughput.ratio(Variant.JACOCO, Variant.PLAIN).format("%.3f") + " JaCoCo/plain",
                "≥ 0.95", ratio.median >= TARGET);
        table.add("of that, the reading thread's CPU time per " + ChildOutputFile.BYTES / 1_000_000 + " MB",
                Cells.millis(cpu.of(Variant.PLAIN).median), Cells.millis(cpu.of(Variant.JACOCO).median),
                Cells.millis(cpu.of(Variant.SUBCOV).median), Cells.ratioWithInterval(cpu.ratio(Variant.SUBCOV,
                        Variant.PLAIN), "subcov/plain"), ResultTable.NONE, null);
        table.add("the same output read as lines of text (BufferedReader.readLine, UTF-8), throughput",
                megabytes(lines, Variant.PLAIN), megabytes(lines, Variant.JACOCO), megabytes(lines, Variant.SUBCOV),
                Cells.ratioWithInterval(lines.ratio(Variant.SUBCOV, Variant.PLAIN), "subcov/plain"), ResultTable.NONE,
                null);
    }

    /** One read of the whole output; {nanoseconds, CPU nanoseconds, bytes}. */
    private static long[] read(SpawnLoopJvm jvm, Reading reading, Variant variant) throws Exception {
        long[] answer = jvm.ask("1 " + reading.name());
        Checks.require(answer[2] == ChildOutputFile.BYTES, variant.label() + " JVM read " + answer[2] + " bytes of "
                + ChildOutputFile.BYTES + " as " + reading);
        return answer;
    }

    private static double megabytesPerSecond(long[] answer) {
        return ChildOutputFile.BYTES / 1e6 / (answer[0] / 1e9);
    }

    private static String megabytes(PairedSamples<Variant> throughput, Variant variant) {
        return String.format(Locale.ROOT, "%.0f MB/s", throughput.of(variant).median);
    }
}
