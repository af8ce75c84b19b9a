package io.github.subcov.report.processes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.subcov.report.analysis.BundleAnalysis;
import io.github.subcov.report.analysis.ClassFiles;
import io.github.subcov.report.render.DemoProject;
import io.github.subcov.report.render.InstrumentedRun;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.jacoco.core.analysis.Analyzer;
import org.jacoco.core.analysis.CoverageBuilder;
import org.jacoco.core.analysis.IClassCoverage;
import org.jacoco.core.analysis.ICounter;
import org.jacoco.core.analysis.ISourceFileCoverage;
import org.jacoco.core.data.ExecutionDataReader;
import org.jacoco.core.data.ExecutionDataStore;

/**
 * The process view's lines are JaCoCo's own: for any processes running real classes, each
 * process's lines, per class and in all, and the lines only it covered, are what JaCoCo's analysis
 * of that process's data alone finds, counted per source file as its XML counts them.
 */
class ProcessLinesTest {

    /** Branches, a loop, a switch, a caught exception, a lambda, and two more classes in the same file. */
    private static final Map<String, String> SOURCES = Map.of(
            "shapes/Paths.java", """
                    package shapes;

                    import java.util.function.IntUnaryOperator;

                    public class Paths {
                        public static int walk(int x) {
                            int total = 0;
                            for (int i = 0; i < x % 5; i++) {
                                total += i;
                            }
                            if (x % 2 == 0) { total += 1; } else { total -= 1; }
                            switch (x % 4) {
                                case 0: total *= 2; break;
                                case 1: total += 7; break;
                                default: total--;
                            }
                            try {
                                if (x % 3 == 0) {
                                    throw new IllegalStateException("three");
                                }
                                total++;
                            } catch (IllegalStateException e) {
                                total += 100;
                            }
                            IntUnaryOperator step = v -> v > 10
                                    ? v - 10 : v + 10;
                            return step.applyAsInt(total) + new Helper().help(x) + (x > 50 ? Other.side(x) : 0);
                        }

                        static final class Helper {
                            int help(int x) { return x % 7 == 0 ? 1 : 2; }
                        }
                    }

                    class Other {
                        static int side(int x) {
                            return x > 75 ? 1 : 0;
                        }
                    }
                    """,
            "shapes/Flags.java", """
                    package shapes;

                    public final class Flags {
                        public static int walk(int x) {
                            boolean a = x > 20, b = x < 80;
                            if (a && b || x == 3) {
                                return 1;
                            }
                            return a ? 2 : 3;
                        }
                    }
                    """);

    private static Path root;
    private static DemoProject project;

    @BeforeContainer
    static void compile() throws IOException {
        root = Files.createTempDirectory("process-lines");
        project = DemoProject.compile(root, SOURCES);
    }

    @AfterContainer
    static void delete() throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }

    @Property(tries = 40)
    void eachProcesssLinesAreWhatJacocoFindsInItsDataAlone(
            @ForAll @Size(min = 1, max = 6) List<@Size(min = 1, max = 4) List<@IntRange(min = 0, max = 99) Integer>> runs)
            throws Exception {
        List<ExecutionDataStore> processes = new ArrayList<>();
        ExecutionDataStore merged = new ExecutionDataStore();
        for (List<Integer> arguments : runs) {
            ExecutionDataStore process = run(arguments);
            processes.add(process);
            process.accept(merged);
        }
        List<String> warnings = new ArrayList<>();
        BundleAnalysis analysis = BundleAnalysis.analyse(ClassFiles.read(List.of(project.classes.toFile()),
                new ClassFiles.ClassFilter(List.of(), List.of()), warnings), merged, warnings);
        assertEquals(List.of(), warnings);

        ProcessLines lines = new ProcessLines(analysis, merged, processes).analyseAll();

        List<Set<String>> expectedLines = new ArrayList<>();
        List<int[]> covered = new ArrayList<>();
        for (int i = 0; i < processes.size(); i++) {
            CoverageBuilder alone = analyseAlone(processes.get(i));
            expectedLines.add(sourceLines(alone));
            covered.add(lines.coveredBy(i));
            assertEquals(linesPerClass(alone), counts(lines.coveredByClass(i)), "process " + i + " per class");
            assertEquals(expectedLines.get(i).size(), covered.get(i).length, "process " + i + " in all");
        }
        int[] coverers = ProcessLines.coverers(covered);
        for (int i = 0; i < processes.size(); i++) {
            assertEquals(onlyIn(expectedLines, i), ProcessLines.uniqueCount(covered.get(i), coverers),
                    "lines only process " + i + " covered");
        }
    }

    private static ExecutionDataStore run(List<Integer> arguments) throws Exception {
        byte[] exec;
        try (InstrumentedRun run = new InstrumentedRun(project.classes)) {
            for (int argument : arguments) {
                run.call(argument % 2 == 0 ? "shapes.Paths" : "shapes.Flags", "walk", int.class, argument);
                run.call("shapes.Paths", "walk", int.class, argument / 2);
            }
            exec = run.execBytes("process");
        }
        ExecutionDataStore store = new ExecutionDataStore();
        ExecutionDataReader reader = new ExecutionDataReader(new ByteArrayInputStream(exec));
        reader.setExecutionDataVisitor(store);
        reader.setSessionInfoVisitor(info -> { });
        reader.read();
        return store;
    }

    private static CoverageBuilder analyseAlone(ExecutionDataStore process) throws IOException {
        CoverageBuilder builder = new CoverageBuilder();
        new Analyzer(process, builder).analyzeAll(project.classes.toFile());
        return builder;
    }

    private static Map<String, Integer> linesPerClass(CoverageBuilder alone) {
        Map<String, Integer> perClass = new TreeMap<>();
        for (IClassCoverage coverage : alone.getClasses()) {
            int lines = coverage.getLineCounter().getCoveredCount();
            if (lines > 0) {
                perClass.put(coverage.getName(), lines);
            }
        }
        return perClass;
    }

    private static Set<String> sourceLines(CoverageBuilder alone) {
        Set<String> lines = new HashSet<>();
        for (ISourceFileCoverage file : alone.getSourceFiles()) {
            for (int line = file.getFirstLine(); line <= file.getLastLine() && line > 0; line++) {
                int status = file.getLine(line).getStatus();
                if (status == ICounter.FULLY_COVERED || status == ICounter.PARTLY_COVERED) {
                    lines.add(file.getPackageName() + "/" + file.getName() + ":" + line);
                }
            }
        }
        return lines;
    }

    private static Map<String, Integer> counts(Map<String, int[]> byClass) {
        Map<String, Integer> counts = new TreeMap<>();
        byClass.forEach((name, lines) -> counts.put(name, lines.length));
        return counts;
    }

    private static int onlyIn(List<Set<String>> linesPerProcess, int process) {
        Map<String, Integer> coverers = new HashMap<>();
        for (Set<String> lines : linesPerProcess) {
            lines.forEach(line -> coverers.merge(line, 1, Integer::sum));
        }
        int only = 0;
        for (String line : linesPerProcess.get(process)) {
            if (coverers.get(line) == 1) {
                only++;
            }
        }
        return only;
    }
}
