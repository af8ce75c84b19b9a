package io.github.subcov.report.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.subcov.report.render.DemoProject;
import io.github.subcov.report.render.InstrumentedRun;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.jacoco.core.analysis.Analyzer;
import org.jacoco.core.analysis.IClassCoverage;
import org.jacoco.core.analysis.ICounter;
import org.jacoco.core.analysis.IMethodCoverage;
import org.jacoco.core.data.ExecutionData;
import org.jacoco.core.data.ExecutionDataReader;
import org.jacoco.core.data.ExecutionDataStore;

/**
 * A class analysed against merged data is what JaCoCo's own {@link Analyzer} makes of it, every
 * line and every counter; analysed again for any probe set, it covers what the {@link Analyzer}
 * finds covered: the same lines, and each method with a probe hit has the same counters.
 */
class JacocoClassAnalysisTest {

    /** Table and lookup switches, a string switch, try/finally, a lambda, a loop, a method never called. */
    private static final Map<String, String> SOURCES = Map.of("mix/Mix.java", """
            package mix;

            import java.util.function.IntSupplier;

            public class Mix {
                public static int run(int x) {
                    String s = x == 1 ? "a" : x == 2 ? "b" : "c";
                    int total = 0;
                    switch (x) {
                        case 1: total += 1; break;
                        case 2: total += 2; break;
                        case 3: total += 3; break;
                        default: total = -1;
                    }
                    switch (x * 1000) {
                        case 1000: total++; break;
                        case 500000: total--; break;
                        default: break;
                    }
                    switch (s) {
                        case "a": total += 10; break;
                        case "b": total += 20; break;
                        default: total += 30;
                    }
                    try {
                        if (x > 2) {
                            throw new IllegalArgumentException();
                        }
                    } catch (IllegalArgumentException e) {
                        total = 0;
                    } finally {
                        total++;
                    }
                    for (int i = 0; i < x; i++) {
                        total += i % 2 == 0 ? 1 : 2;
                    }
                    IntSupplier later = () -> x > 1
                            ? 5 : 6;
                    synchronized (Mix.class) {
                        total += later.getAsInt() + pick(x);
                    }
                    return total;
                }

                /** Begins with a switch whose second case is also reached by falling through: its probe is the method's first. */
                static int pick(int x) {
                    switch (x) {
                        case 1: x += 5;
                        case 2: return x;
                        default: return 0;
                    }
                }

                static int never(int y) {
                    return y > 0 ? y : -y;
                }
            }
            """);

    private static Path root;
    private static byte[] mix;
    private static String location;
    private static long id;
    private static int probeCount;

    @BeforeContainer
    static void compileAndRun() throws Exception {
        root = Files.createTempDirectory("jacoco-class-analysis");
        DemoProject project = DemoProject.compile(root, SOURCES);
        Path classFile = project.classes.resolve("mix/Mix.class");
        mix = Files.readAllBytes(classFile);
        location = classFile.toString();
        byte[] exec;
        try (InstrumentedRun run = new InstrumentedRun(project.classes)) {
            exec = run.call("mix.Mix", "run", int.class, 1).execBytes("run");
        }
        ExecutionDataStore store = new ExecutionDataStore();
        ExecutionDataReader reader = new ExecutionDataReader(new ByteArrayInputStream(exec));
        reader.setExecutionDataVisitor(store);
        reader.setSessionInfoVisitor(info -> { });
        reader.read();
        ExecutionData data = store.getContents().stream().filter(entry -> entry.getName().equals("mix/Mix"))
                .findFirst().orElseThrow();
        id = data.getId();
        probeCount = data.getProbes().length;
    }

    @AfterContainer
    static void delete() throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }

    @Property(tries = 60)
    void theFirstAnalysisIsJacocosAndLaterOnesCoverWhatJacocosDoes(@ForAll long seed) throws IOException {
        Random random = new Random(seed);
        JacocoClassAnalysis analysis = new JacocoClassAnalysis(mix, location);
        boolean[] merged = randomProbes(random);
        IClassCoverage expectedMerged = jacocos(store(id, merged));
        IClassCoverage actualMerged = analysis.analyse(store(id, merged));
        assertEquals(id, actualMerged.getId());
        assertEquals(everything(expectedMerged), everything(actualMerged), "against the merged data");
        assertTrue(analysis.skipsMethodsNotHit(), "the first analysis found each method's probes");
        for (int set = 0; set < 4; set++) {
            boolean[] probes = randomProbes(random);
            IClassCoverage expected = jacocos(store(id, probes));
            IClassCoverage actual = analysis.coverage(probes);
            assertNotNull(actual);
            assertEquals(lines(expected), lines(actual), "covered lines, set " + set);
            assertEquals(methods(expected, true), methods(actual, true), "methods, set " + set);
        }
    }

    @Property(tries = 5)
    void dataOfTheClassesNameUnderAnotherIdIsNoMatchAsForJacoco(@ForAll boolean otherNameToo) throws IOException {
        ExecutionDataStore store = store(id + 1, new boolean[probeCount]);
        if (otherNameToo) {
            store.put(new ExecutionData(id + 2, "mix/Other", new boolean[3]));
        }
        IClassCoverage actual = new JacocoClassAnalysis(mix, location).analyse(store);
        assertTrue(actual.isNoMatch());
        assertEquals(everything(jacocos(store)), everything(actual));
        assertEquals(false, new JacocoClassAnalysis(mix, location).analyse(new ExecutionDataStore()).isNoMatch());
    }

    @Property(tries = 10)
    void probesThatDoNotFitTheClassFailAsForJacoco(@ForAll boolean analysedBefore) throws IOException {
        JacocoClassAnalysis analysis = new JacocoClassAnalysis(mix, location);
        if (analysedBefore) {
            assertNotNull(analysis.analyse(new ExecutionDataStore()));
        }
        boolean[] tooFew = new boolean[probeCount / 2];
        assertEquals(null, analysis.coverage(tooFew));
        IOException jacocos = assertThrows(IOException.class, () -> jacocos(store(id, tooFew)));
        IOException failure = assertThrows(IOException.class, () -> analysis.analyse(store(id, tooFew)));
        assertEquals(jacocos.getMessage(), failure.getMessage());
        assertEquals(jacocos.getCause().getClass(), failure.getCause().getClass());
    }

    private static boolean[] randomProbes(Random random) {
        boolean[] probes = new boolean[probeCount];
        double density = random.nextDouble();
        for (int probe = 0; probe < probeCount; probe++) {
            probes[probe] = random.nextDouble() < density;
        }
        return probes;
    }

    private static ExecutionDataStore store(long classId, boolean[] probes) {
        ExecutionDataStore store = new ExecutionDataStore();
        store.put(new ExecutionData(classId, "mix/Mix", probes.clone()));
        return store;
    }

    private static IClassCoverage jacocos(ExecutionDataStore store) throws IOException {
        IClassCoverage[] analysed = new IClassCoverage[1];
        new Analyzer(store, coverage -> analysed[0] = coverage).analyzeClass(mix, location);
        return analysed[0];
    }

    /** Every line's status and every method's counters, and whether the class's data had another id. */
    private static String everything(IClassCoverage coverage) {
        StringBuilder lines = new StringBuilder("no match " + coverage.isNoMatch() + "\n");
        for (int line = coverage.getFirstLine(); line <= coverage.getLastLine(); line++) {
            lines.append(line).append(' ').append(coverage.getLine(line).getStatus())
                    .append(' ').append(counter(coverage.getLine(line).getBranchCounter())).append('\n');
        }
        return lines + methods(coverage, false);
    }

    /**
     * The covered lines. Whether fully or partly may differ: a line shared with a method not hit
     * (a lambda's first line) is partly covered when that method is analysed too.
     */
    private static List<Integer> lines(IClassCoverage coverage) {
        List<Integer> lines = new ArrayList<>();
        for (int line = coverage.getFirstLine(); line <= coverage.getLastLine() && line > 0; line++) {
            if (coverage.getLine(line).getInstructionCounter().getCoveredCount() > 0) {
                lines.add(line);
            }
        }
        return lines;
    }

    /** Each method (or each with a probe hit) with its counters. */
    private static String methods(IClassCoverage coverage, boolean hitOnly) {
        StringBuilder methods = new StringBuilder();
        for (IMethodCoverage method : coverage.getMethods()) {
            if (!hitOnly || method.getInstructionCounter().getCoveredCount() > 0) {
                methods.append(method.getName()).append(method.getDesc())
                        .append(" instructions ").append(counter(method.getInstructionCounter()))
                        .append(" branches ").append(counter(method.getBranchCounter()))
                        .append(" lines ").append(counter(method.getLineCounter()))
                        .append(" complexity ").append(counter(method.getComplexityCounter())).append('\n');
            }
        }
        return methods.toString();
    }

    private static String counter(ICounter counter) {
        return counter.getCoveredCount() + "/" + counter.getTotalCount();
    }
}
