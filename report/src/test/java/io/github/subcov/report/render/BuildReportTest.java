package io.github.subcov.report.render;

import static io.github.subcov.report.DataDirectory.writeExec;
import static io.github.subcov.report.DataDirectory.writeManifest;
import static io.github.subcov.report.render.DemoProject.COUNTER;
import static io.github.subcov.report.render.DemoProject.GREETER;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.subcov.report.combine.ExecCombiner;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reports over more than one module, over multi-release class files, and over data of classes the
 * class files do not account for. The {@code engine} module holds the demo project's Greeter and
 * Counter (9 lines), the {@code tools} module one class of 2 lines.
 */
class BuildReportTest {

    static final Map<String, String> TOOLS = Map.of("tools/Tool.java", """
            package tools;

            public class Tool {
                public static int run(int x) {
                    return x + 1;
                }
            }
            """);

    /** Java 11's Greeter: a line more, from a source file of its own. */
    static final Map<String, String> GREETER_11 = Map.of("demo/Greeter.java", """
            package demo;

            public class Greeter {
                public static String greet(String name) {
                    String greeting = "hi ";
                    return greeting + name;
                }
            }
            """);

    @TempDir
    Path root;

    private DemoProject engine;
    private DemoProject tools;
    private Path data;
    private File out;

    @BeforeEach
    void compile() throws Exception {
        engine = DemoProject.compile(root.resolve("engine"));
        tools = DemoProject.compile(root.resolve("tools"), TOOLS);
        data = Files.createDirectories(root.resolve("it/target/subcov"));
        out = root.resolve("target/site/subcov").toFile();
    }

    private ReportSummary report() throws Exception {
        return new CoverageReport().title("build")
                .module("engine", List.of(engine.classes.toFile()), List.of(engine.sources.toFile()))
                .module("tools", List.of(tools.classes.toFile()), List.of(tools.sources.toFile()))
                .write(ExecCombiner.combine(List.of(data.toFile())), out);
    }

    private void run(String id, Path classes, String className, String method, Class<?> type, Object argument)
            throws Exception {
        writeManifest(data, id, null, 1000, "exit", "java -cp classes " + className);
        try (InstrumentedRun run = new InstrumentedRun(classes)) {
            writeExec(data, id, run.call(className, method, type, argument).execBytes(id));
        }
    }

    @Test
    void showsOneBundlePerModuleUnderTheTitleWithEachModulesSources() throws Exception {
        run("vm-1-engine", engine.classes, COUNTER, "sum", int.class, 3);
        run("vm-2-tools", tools.classes, "tools.Tool", "run", int.class, 1);

        ReportSummary summary = report();

        XmlReport xml = XmlReport.parse(new File(out, "subcov.xml"));
        assertEquals("build", xml.reportName());
        assertArrayEquals(new int[] {4, 5}, xml.lines("/report/group[@name='engine']"));
        assertArrayEquals(new int[] {1, 1}, xml.lines("/report/group[@name='tools']"));
        assertArrayEquals(new int[] {5, 6}, xml.lines("/report"));
        assertEquals(5, summary.linesCovered());
        assertEquals(6, summary.linesMissed());
        assertEquals(List.of(), summary.warnings());
        assertTrue(new File(out, "engine/demo.util/Counter.java.html").isFile(), "engine's source page");
        assertTrue(new File(out, "tools/tools/Tool.java.html").isFile(), "tools' source page");
        List<String> csv = Files.readAllLines(new File(out, "subcov.csv").toPath());
        assertTrue(csv.contains("build/engine,demo.util,Counter,0,15,0,2,0,4,0,2,0,1"), csv.toString());
    }

    @Test
    void countsEachMultiReleaseVariantThatRanAgainstItsOwnBytes() throws Exception {
        Path base = engine.classes;
        Path variant = DemoProject.compile(root.resolve("java11"), GREETER_11).classes;
        Path versions = Files.createDirectories(base.resolve("META-INF/versions/11/demo"));
        Files.copy(variant.resolve("demo/Greeter.class"), versions.resolve("Greeter.class"));
        run("vm-1-java8", base, GREETER, "greet", String.class, "a");
        run("vm-2-java17", base.resolve("META-INF/versions/11"), GREETER, "greet", String.class, "a");

        ReportSummary summary = report();

        assertEquals(List.of(), summary.warnings());
        XmlReport xml = XmlReport.parse(new File(out, "subcov.xml"));
        // the base class as the first JVM ran it: lines 5 and 8 of 3, 5, 6, 8, 12
        assertArrayEquals(new int[] {2, 3},
                xml.lines("/report/group[@name='engine']//class[@name='demo/Greeter']"));
        // the variant, lines 5 and 6 and its constructor's 3
        assertArrayEquals(new int[] {2, 1},
                xml.lines("/report/group[@name='engine (META-INF/versions/11)']//class[@name='demo/Greeter']"));
        assertEquals(4, summary.linesCovered());
    }

    @Test
    void warnsOnceForEachClassThatRanWithOtherBytesAndListsRelocatedClassesOnce() throws Exception {
        Path rebuilt = DemoProject.compile(root.resolve("rebuilt"), GREETER_11).classes;
        Path shaded = DemoProject.compile(root.resolve("shaded"), Map.of("shaded/demo/util/Counter.java",
                DemoProject.SOURCES.get("demo/util/Counter.java").replace("package demo.util;",
                        "package shaded.demo.util;"))).classes;
        run("vm-1-rebuilt", rebuilt, GREETER, "greet", String.class, "a");
        run("vm-2-rebuilt-too", rebuilt, GREETER, "greet", String.class, "b");
        run("vm-3-shaded", shaded, "shaded.demo.util.Counter", "sum", int.class, 2);

        ReportSummary summary = report();

        assertEquals(List.of(
                String.format(UnmatchedWarnings.OTHER_BYTES, "demo/Greeter",
                        "JVM demo.Greeter (vm-1-rebuilt) and 1 other", engine.classes.resolve("demo/Greeter.class")),
                String.format(UnmatchedWarnings.RELOCATED, "1 class", "shaded/demo/util/Counter (demo/util/Counter)")),
                summary.warnings());
        assertEquals(0, summary.linesCovered());
    }

    @Test
    void aClassTwoModulesCompiledFromOneSourceCountsOnceAndTheSummaryAgreesWithTheXml() throws Exception {
        DemoProject copy = DemoProject.compile(root.resolve("copy"));
        run("vm-1-engine", engine.classes, COUNTER, "sum", int.class, 3);

        ReportSummary summary = new CoverageReport().title("build")
                .module("engine", List.of(engine.classes.toFile()), List.of(engine.sources.toFile()))
                .module("copy", List.of(copy.classes.toFile()), List.of(copy.sources.toFile()))
                .write(ExecCombiner.combine(List.of(data.toFile())), out);

        XmlReport xml = XmlReport.parse(new File(out, "subcov.xml"));
        assertArrayEquals(new int[] {4, 5}, xml.lines("/report"));
        assertEquals(4, summary.linesCovered());
        assertEquals(4, summary.rootLinesCovered());
        assertEquals(List.of(), summary.warnings());
    }
}
