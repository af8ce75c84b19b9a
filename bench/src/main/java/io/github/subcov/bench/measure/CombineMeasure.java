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
import io.github.subcov.bench.child.SubcovCombine;
import io.github.subcov.interceptor.data.DataFormat;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * 4. Merging {@value CoverageData#PROCESSES} processes' files into one {@code .exec}: subcov's
 * {@code ExecCombiner} (which also reads every manifest) against {@code jacococli merge}, each in
 * a fresh JVM, timed from start to end of the process. The JaCoCo column is jacococli.
 */
final class CombineMeasure {

    static final double TARGET = 1.5;

    private CombineMeasure() {
    }

    static void run(Context context, ResultTable table, CoverageData data) throws Exception {
        Path directory = Directories.fresh(context.files.work().resolve("combine"));
        Path output = directory.resolve("merged.exec");
        List<Path> execFiles = Checks.files(data.processDirectory, DataFormat.EXEC_SUFFIX);
        List<String> cli = new ArrayList<String>(List.of("-jar", context.files.jacocoCli().toString(), "merge"));
        for (Path exec : execFiles) {
            cli.add(exec.toString());
        }
        cli.addAll(List.of("--destfile", output.toString(), "--quiet"));
        String metric = String.format("combine %,d processes' files", execFiles.size());
        PairedSamples<Variant> samples = Rounds.run(metric, List.of(Variant.JACOCO, Variant.SUBCOV), 1,
                context.settings.combineRounds, (variant, round) -> {
                    Files.deleteIfExists(output);
                    Launch launch = variant == Variant.SUBCOV
                            ? Launch.java(context.files, directory, List.of(), "-cp",
                                    context.files.harnessClassPath(), SubcovCombine.class.getName(),
                                    data.processDirectory.toString(), output.toString())
                            : Launch.java(context.files, directory, List.of(), cli);
                    Launch.Finished finished = launch.run();
                    if (round <= 0) {
                        check(variant, finished.stdout, execFiles.size(), data.mergedExec, output);
                    }
                    return finished.wallMillis();
                });
        Spread ratio = samples.ratio(Variant.JACOCO, Variant.SUBCOV);
        table.add(metric, "—", Cells.seconds(samples.of(Variant.JACOCO).median) + " (jacococli)",
                Cells.seconds(samples.of(Variant.SUBCOV).median), ratio.format("%.2f") + " jacococli/subcov", "≥ 1.5",
                ratio.median >= TARGET);
    }

    private static void check(Variant variant, String stdout, int files, Path reference, Path output)
            throws Exception {
        if (variant == Variant.SUBCOV) {
            String expected = String.format("subcov: combined %d files, 0 salvaged, 0 unreadable", files);
            Checks.require(stdout.trim().equals(expected), "subcov combine said: " + stdout);
        }
        CoverageData.requireSameCoverage(reference, output);
    }
}
