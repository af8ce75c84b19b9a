package io.github.subcov.bench.measure;

import io.github.subcov.bench.Cells;
import io.github.subcov.bench.Context;
import io.github.subcov.bench.Directories;
import io.github.subcov.bench.Launch;
import io.github.subcov.bench.PairedSamples;
import io.github.subcov.bench.Progress;
import io.github.subcov.bench.ResultTable;
import io.github.subcov.bench.Rounds;
import io.github.subcov.bench.Spread;
import io.github.subcov.bench.Variant;
import io.github.subcov.bench.child.SubcovAggregateReport;
import io.github.subcov.bench.generate.AggregateProcesses;
import io.github.subcov.bench.generate.AggregateProject;
import io.github.subcov.interceptor.data.DataFormat;
import org.jacoco.core.tools.ExecFileLoader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * 10. The report of an aggregate: {@value AggregateProject#MODULES} modules of
 * {@value AggregateProject#CLASSES_PER_MODULE} classes with their sources, and
 * {@value AggregateProcesses#PROCESSES} processes' files with real probes. The JaCoCo column is
 * {@code jacococli merge} of the processes' {@code .exec} files and {@code jacococli report} of the
 * merged file over every module's class and source directory, two fresh JVMs, their times added;
 * the subcov column is one fresh JVM that does what {@code subcov:report} does for the whole build
 * with its defaults: combine the data directory, write the merged {@code .exec}, and write HTML,
 * XML, CSV and the process view, one bundle per module ({@code CoverageReport.module}).
 */
public final class AggregateReportMeasure {

    static final double TARGET = 1.2;
    static final String TMPFS = "/dev/shm";
    private static final String TITLE = "bench aggregate";

    private AggregateReportMeasure() {
    }

    /** The measured JVMs' input: the project and the processes' files, with the reference merge. */
    private static final class Input {
        final AggregateProject project;
        final Path processes;
        final Path referenceExec;
        final List<Path> execFiles;

        Input(AggregateProject project, Path processes, Path referenceExec, List<Path> execFiles) {
            this.project = project;
            this.processes = processes;
            this.referenceExec = referenceExec;
            this.execFiles = execFiles;
        }
    }

    public static void run(Context context, ResultTable table) throws Exception {
        Input input = prepare(context);
        Path directory = Directories.fresh(context.files.work().resolve("aggregate-report"));
        Path reports = reportsDirectory(context);
        try {
            measure(context, table, input, directory, reports);
        } finally {
            Directories.deleteTree(reports);
        }
    }

    /**
     * Where both tools write their reports: a tmpfs ({@value #TMPFS}) where there is one. Each run
     * replaces the last run's report of 20,000 files; on an ext4 without a journal (this benchmark's
     * machine) the kernel then skips every inode deleted in the last one to five minutes when it
     * creates a file, which cost jacococli, creating its files on its only thread, up to 6 s more per
     * run, and subcov, creating them on a thread of their own, far less.
     */
    private static Path reportsDirectory(Context context) throws IOException {
        Path tmpfs = Path.of(TMPFS);
        if (Files.isDirectory(tmpfs) && Files.isWritable(tmpfs)) {
            return Directories.fresh(tmpfs.resolve("subcov-bench-aggregate-jdk" + Runtime.version().feature()));
        }
        return Directories.fresh(context.files.work().resolve("aggregate-report-out"));
    }

    private static void measure(Context context, ResultTable table, Input input, Path directory, Path reports)
            throws Exception {
        Path jacocoOutput = reports.resolve("out-jacoco");
        Path subcovOutput = reports.resolve("out-subcov");
        Path cliMerged = directory.resolve("merged.exec");
        Path subcovMerged = directory.resolve("subcov.exec");
        List<String> merge = new ArrayList<String>(List.of("-jar", context.files.jacocoCli().toString(), "merge"));
        for (Path exec : input.execFiles) {
            merge.add(exec.toString());
        }
        merge.addAll(List.of("--destfile", cliMerged.toString(), "--quiet"));
        List<String> report = new ArrayList<String>(List.of("-jar", context.files.jacocoCli().toString(), "report",
                cliMerged.toString()));
        for (Path classes : input.project.classDirectories()) {
            report.addAll(List.of("--classfiles", classes.toString()));
        }
        for (Path sources : input.project.sourceDirectories()) {
            report.addAll(List.of("--sourcefiles", sources.toString()));
        }
        report.addAll(List.of("--encoding", "UTF-8", "--name", TITLE, "--html", jacocoOutput.resolve("html").toString(),
                "--xml", jacocoOutput.resolve("report.xml").toString(), "--csv",
                jacocoOutput.resolve("report.csv").toString(), "--quiet"));
        List<String> subcov = new ArrayList<String>(List.of("-cp", context.files.harnessClassPath(),
                SubcovAggregateReport.class.getName(), input.processes.toString(), subcovMerged.toString(),
                subcovOutput.toString()));
        for (int module = 0; module < AggregateProject.MODULES; module++) {
            subcov.add(input.project.classes(module).toString());
            subcov.add(input.project.sources(module).toString());
        }

        int classes = AggregateProject.MODULES * AggregateProject.CLASSES_PER_MODULE;
        String metric = String.format(Locale.ROOT, "aggregate report, %d modules × %d classes, %d processes: "
                + "HTML+XML+CSV, subcov with the process view%s", AggregateProject.MODULES,
                AggregateProject.CLASSES_PER_MODULE, input.execFiles.size(),
                reports.startsWith(TMPFS) ? " (reports on tmpfs)" : "");
        List<Double> merges = new ArrayList<Double>();
        List<Double> reportTimes = new ArrayList<Double>();
        String[] expected = new String[1];
        PairedSamples<Variant> samples = Rounds.run(metric, List.of(Variant.JACOCO, Variant.SUBCOV),
                context.settings.aggregateWarmup, context.settings.aggregateRounds, (variant, round) -> {
                    if (variant == Variant.SUBCOV) {
                        Directories.fresh(subcovOutput);
                        Files.deleteIfExists(subcovMerged);
                        Launch.Finished finished = Launch.java(context.files, directory, List.of(), subcov).run();
                        if (round <= 0) {
                            checkSubcov(finished.stdout, input, subcovMerged);
                            expected[0] = agree(expected[0], counted(subcovOutput.resolve("subcov.xml"),
                                    subcovOutput, classes), "subcov");
                        }
                        return finished.wallMillis();
                    }
                    Directories.fresh(jacocoOutput);
                    Files.deleteIfExists(cliMerged);
                    Launch.Finished merged = Launch.java(context.files, directory, List.of(), merge).run();
                    Launch.Finished reported = Launch.java(context.files, directory, List.of(), report).run();
                    if (round <= 0) {
                        CoverageData.requireSameCoverage(input.referenceExec, cliMerged);
                        expected[0] = agree(expected[0], counted(jacocoOutput.resolve("report.xml"),
                                jacocoOutput.resolve("html"), classes), "jacococli");
                    }
                    if (round >= 0) {
                        merges.add(merged.wallMillis());
                        reportTimes.add(reported.wallMillis());
                    }
                    return merged.wallMillis() + reported.wallMillis();
                });
        Spread ratio = samples.ratio(Variant.SUBCOV, Variant.JACOCO);
        table.add(metric, ResultTable.NONE, Cells.seconds(samples.of(Variant.JACOCO).median) + " (jacococli)",
                Cells.seconds(samples.of(Variant.SUBCOV).median),
                ratio.format("%.2f") + " subcov/jacococli; " + ratio.medianInterval("%.2f"), "≤ 1.2",
                ratio.median <= TARGET);
        table.add("of that, jacococli's two JVMs: merge + report", ResultTable.NONE,
                Cells.seconds(Spread.of(merges).median) + " + " + Cells.seconds(Spread.of(reportTimes).median),
                ResultTable.NONE, ResultTable.NONE, ResultTable.NONE, null);
    }

    private static Input prepare(Context context) throws Exception {
        AggregateProject project = AggregateProject.ensure(context.files);
        Path root = context.files.work().resolve("aggregate-data");
        Path processes = Directories.fresh(root.resolve("processes"));
        Progress.say("running %d modules' instrumented classes as %d processes, writing their files",
                AggregateProject.MODULES, AggregateProcesses.PROCESSES);
        AggregateProcesses.Written written = AggregateProcesses.write(project, processes,
                System.getProperty("java.home"));
        List<Path> execFiles = Checks.files(processes, DataFormat.EXEC_SUFFIX);
        Checks.require(execFiles.size() == AggregateProcesses.PROCESSES
                && Checks.files(processes, DataFormat.MANIFEST_SUFFIX).size() == AggregateProcesses.PROCESSES,
                "expected " + AggregateProcesses.PROCESSES + " .exec and manifests in " + processes);
        Progress.say("%,d class entries in %d files, %,d classes run, %,d distinct probe sets (%.1f per class run)",
                written.classEntries, execFiles.size(), written.classesRun, written.distinctProbeSets,
                (double) written.distinctProbeSets / written.classesRun);
        ExecFileLoader merged = new ExecFileLoader();
        for (Path exec : execFiles) {
            merged.load(exec.toFile());
        }
        Path referenceExec = root.resolve("merged.exec");
        merged.save(referenceExec.toFile(), false);
        return new Input(project, processes, referenceExec, execFiles);
    }

    private static void checkSubcov(String stdout, Input input, Path subcovMerged) throws IOException {
        Checks.require(!stdout.contains("warning:"), "subcov report warned: " + stdout);
        Checks.require(stdout.contains(String.format(Locale.ROOT, "subcov: combined %d files, 0 salvaged, 0 unreadable",
                input.execFiles.size())), "subcov combined: " + stdout);
        Checks.require(stdout.contains(String.format(Locale.ROOT, "subcov: %d JVMs (%d test JVMs, %d spawned)",
                AggregateProcesses.PROCESSES, AggregateProject.MODULES,
                AggregateProcesses.PROCESSES - AggregateProject.MODULES)), "subcov's report said: " + stdout);
        CoverageData.requireSameCoverage(input.referenceExec, subcovMerged);
    }

    /** Both tools must count the same classes and lines, and have a source page for every class. */
    private static String agree(String expected, String counted, String tool) {
        Checks.require(expected == null || expected.equals(counted), "the reports disagree: " + expected + " against "
                + counted + " (" + tool + ")");
        return counted;
    }

    /**
     * The report's own CLASS and LINE counters, and its source pages. Every class must be in it:
     * a class directory that a tool did not read would make it fast and wrong.
     */
    private static String counted(Path xml, Path html, int classes) throws IOException {
        String text = Files.readString(xml, StandardCharsets.UTF_8);
        String classCounter = reportCounter(text, "CLASS", xml);
        String[] classCounts = classCounter.split(" ");
        Checks.require(Integer.parseInt(classCounts[0]) + Integer.parseInt(classCounts[1]) == classes,
                xml + " reports " + classCounter + " classes missed/covered, not " + classes);
        long sourcePages;
        try (Stream<Path> walk = Files.walk(html)) {
            sourcePages = walk.filter(path -> path.getFileName().toString().endsWith(".java.html")).count();
        }
        Checks.require(sourcePages == classes, html + " has " + sourcePages + " source pages, not " + classes);
        return "classes " + classCounter + ", lines " + reportCounter(text, "LINE", xml) + " missed/covered";
    }

    /** {@code missed covered} of the report's own counter, the one just before {@code </report>}. */
    private static String reportCounter(String xml, String type, Path file) {
        Matcher matcher = Pattern.compile("<counter type=\"" + type
                + "\" missed=\"(\\d+)\" covered=\"(\\d+)\"/>(?=(\\s*<counter[^>]*>)*\\s*</report>)").matcher(xml);
        Checks.require(matcher.find(), "no report " + type + " counter in " + file);
        return matcher.group(1) + " " + matcher.group(2);
    }
}
