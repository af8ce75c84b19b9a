package io.github.subcov.bench.child;

import io.github.subcov.report.analysis.BundleAnalysis;
import io.github.subcov.report.analysis.ClassFiles;
import io.github.subcov.report.analysis.UnmatchedData;
import io.github.subcov.report.combine.CombinedData;
import io.github.subcov.report.combine.ExecCombiner;
import io.github.subcov.report.processes.ProcessLines;
import io.github.subcov.report.render.CoverageReport;
import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Not timed by the benchmark: where the aggregate report's time goes, one fresh JVM per phase
 * reached, {@code <phase> <data directory> <merged .exec> <output directory> <class directory>
 * <source directory> ...} as {@link SubcovAggregateReport} takes them, with {@code <phase>} one of
 * <ul>
 * <li>{@code combine}: combine the data directory and write the merged {@code .exec};
 * <li>{@code analysis}: that, then read the class files and analyse them against the merged data
 * ({@code ClassFiles.read} per module, {@code BundleAnalysis.analyse}, {@code UnmatchedData.find}), as
 * {@code CoverageReport.write} does first;
 * <li>{@code process-lines}: that, then what the process view analyses, each process's covered lines
 * ({@code ProcessLines}: the distinct probe sets of each class, analysed on every core, then looked up
 * for every process; {@code CoverageReport} analyses them alongside the formats instead);
 * <li>{@code formats}: combine, write the {@code .exec}, and {@code CoverageReport.write} of every
 * module ({@code module(…)}) without the process view (reading, analysis, HTML, XML and CSV);
 * <li>{@code all}: the same with the process view, what the benchmark times.
 * </ul>
 * Differences between the phases' wall times, each JVM timed from start to exit, give each phase's
 * cost as it is in a cold JVM; each step's time inside the JVM is printed too.
 */
public final class SubcovAggregatePhases {

    private static long last = System.nanoTime();

    private SubcovAggregatePhases() {
    }

    public static void main(String[] args) throws Exception {
        String phase = args[0];
        File output = new File(args[3]);
        List<File> classes = new ArrayList<File>();
        List<File> sources = new ArrayList<File>();
        CoverageReport report = new CoverageReport().title("bench aggregate").processView(phase.equals("all"));
        for (int i = 4; i + 1 < args.length; i += 2) {
            classes.add(new File(args[i]));
            sources.add(new File(args[i + 1]));
            report.module(moduleName(classes.get(classes.size() - 1)), List.of(classes.get(classes.size() - 1)),
                    List.of(sources.get(sources.size() - 1)));
        }
        CombinedData data = ExecCombiner.combine(List.of(new File(args[1])));
        step("combine");
        data.writeExec(new File(args[2]));
        step("write .exec");
        List<String> warnings = new ArrayList<String>();
        switch (phase) {
            case "combine":
                break;
            case "analysis":
            case "process-lines":
                List<ClassFiles.ClassFile> files = new ArrayList<ClassFiles.ClassFile>();
                for (File directory : classes) {
                    files.addAll(ClassFiles.read(moduleName(directory), List.of(directory),
                            new ClassFiles.ClassFilter(List.of(), List.of()), warnings));
                }
                step("read " + files.size() + " class files");
                BundleAnalysis analysis = BundleAnalysis.analyse(files, data.executionData(), warnings);
                step("analyse against the merged data");
                UnmatchedData.find(analysis, data.executionData());
                step("look for data that no class file matches");
                if (phase.equals("process-lines")) {
                    ProcessLines lines = new ProcessLines(analysis, data.executionData(), data.processes().stream()
                            .map(process -> process.executionData()).collect(Collectors.toList()));
                    step("list the data of the " + lines.classCount() + " classes the processes ran");
                    lines.analyseAll();
                    step("analyse their distinct probe sets");
                    long classesRun = 0;
                    for (int process = 0; process < lines.processCount(); process++) {
                        classesRun += lines.coveredByClass(process).size();
                    }
                    step("process lines of " + data.processes().size() + " processes (" + classesRun
                            + " class entries with lines)");
                }
                break;
            case "formats":
            case "all":
                report.write(data, output);
                step("CoverageReport.write" + (phase.equals("all") ? "" : " without the process view"));
                break;
            default:
                throw new IllegalArgumentException("no phase " + phase);
        }
        System.out.println(phase + ": " + data.processes().size() + " processes; " + warnings.size() + " warnings");
    }

    private static String moduleName(File classes) {
        return classes.getParentFile().getName();
    }

    private static void step(String what) {
        long now = System.nanoTime();
        System.out.printf(Locale.ROOT, "%8.0f ms  %s%n", (now - last) / 1e6, what);
        last = now;
    }
}
