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
import io.github.subcov.bench.child.SubcovReport;
import io.github.subcov.bench.generate.GeneratedApp;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 5. HTML, XML and CSV of the app's 2,000 classes with their sources, each tool in a fresh JVM:
 * subcov's {@code CoverageReport} against {@code jacococli report}. The JaCoCo column is
 * jacococli, which reads the merged file; subcov reads the {@value CoverageData#PROCESSES}
 * processes' files and combines them first, as {@code subcov:report} does. The target line
 * leaves the process view out ({@code -Dsubcov.processView=false}), the second line has it.
 */
final class ReportMeasure {

    static final double TARGET = 1.10;
    private static final Pattern REPORT_LINES =
            Pattern.compile("<counter type=\"LINE\" missed=\"(\\d+)\" covered=\"(\\d+)\"/>(?=(\\s*<counter[^>]*>)*\\s*</report>)");

    private ReportMeasure() {
    }

    static void run(Context context, ResultTable table, CoverageData data) throws Exception {
        Path directory = Directories.fresh(context.files.work().resolve("report"));
        String metric = String.format("report, %,d classes, HTML+XML+CSV, without the process view",
                GeneratedApp.APP_CLASSES);
        measure(context, table, data, directory, metric, context.settings.reportRounds, true);
        measure(context, table, data, directory, String.format(
                "report with the process view of %,d processes", CoverageData.PROCESSES),
                context.settings.processViewRounds, false);
    }

    /** {@code targeted}: the line with the target, which leaves the process view out. */
    private static void measure(Context context, ResultTable table, CoverageData data, Path directory,
            String metric, int rounds, boolean targeted) throws Exception {
        Path output = directory.resolve("out");
        List<String> cli = List.of("-jar", context.files.jacocoCli().toString(), "report", data.mergedExec.toString(),
                "--classfiles", context.app.appClasses().toString(),
                "--sourcefiles", context.app.sources().toString(), "--encoding", "UTF-8", "--name", "bench",
                "--html", output.resolve("html").toString(), "--xml", output.resolve("report.xml").toString(),
                "--csv", output.resolve("report.csv").toString(), "--quiet");
        String[] expectedLines = new String[1];
        PairedSamples<Variant> samples = Rounds.run(metric, List.of(Variant.JACOCO, Variant.SUBCOV), targeted ? 1 : 0, rounds,
                (variant, round) -> {
                    Directories.fresh(output);
                    Launch launch = variant == Variant.SUBCOV
                            ? Launch.java(context.files, directory, List.of(), subcovReport(context, data,
                                    output, targeted))
                            : Launch.java(context.files, directory, List.of(), cli);
                    Launch.Finished finished = launch.run();
                    if (round <= 0) {
                        Checks.require(!finished.stdout.contains("warning:"), "subcov report warned: "
                                + finished.stdout);
                        String lines = reportLines(output.resolve(variant == Variant.SUBCOV ? "subcov.xml"
                                : "report.xml"));
                        Checks.require(expectedLines[0] == null || expectedLines[0].equals(lines),
                                "the reports disagree on lines: " + expectedLines[0] + " against " + lines);
                        expectedLines[0] = lines;
                    }
                    return finished.wallMillis();
                });
        Spread ratio = samples.ratio(Variant.SUBCOV, Variant.JACOCO);
        table.add(metric, "—", Cells.seconds(samples.of(Variant.JACOCO).median) + " (jacococli)",
                Cells.seconds(samples.of(Variant.SUBCOV).median), ratio.format("%.2f") + " subcov/jacococli",
                targeted ? "≤ 1.10" : "—", targeted ? ratio.median <= TARGET : null);
    }

    private static List<String> subcovReport(Context context, CoverageData data, Path output,
            boolean withoutProcessView) {
        List<String> arguments = new ArrayList<String>(List.of("-cp", context.files.harnessClassPath(),
                SubcovReport.class.getName()));
        if (withoutProcessView) {
            arguments.add("--no-process-view");
        }
        arguments.addAll(List.of(data.processDirectory.toString(), context.app.appClasses().toString(),
                context.app.sources().toString(), output.toString()));
        return arguments;
    }

    /** The report's own LINE counter, {@code missed/covered}: both tools must count the same. */
    private static String reportLines(Path xml) throws Exception {
        Matcher matcher = REPORT_LINES.matcher(Files.readString(xml, StandardCharsets.UTF_8));
        Checks.require(matcher.find(), "no report line counter in " + xml);
        return matcher.group(1) + " missed/" + matcher.group(2) + " covered";
    }
}
