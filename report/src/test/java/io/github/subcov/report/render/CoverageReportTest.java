package io.github.subcov.report.render;

import static io.github.subcov.report.DataDirectory.writeBuildStep;
import static io.github.subcov.report.DataDirectory.writeExec;
import static io.github.subcov.report.DataDirectory.writeManifest;
import static io.github.subcov.report.DataDirectory.writeSkippedManifest;
import static io.github.subcov.report.render.DemoProject.COUNTER;
import static io.github.subcov.report.render.DemoProject.GREETER;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.subcov.report.DataDirectory;
import io.github.subcov.report.combine.CombinedData;
import io.github.subcov.report.combine.ExecCombiner;
import io.github.subcov.report.combine.ProcessRecord;
import io.github.subcov.report.processes.ProcessCoverage;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jacoco.core.internal.data.CRC64;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A test JVM that greets "a"; a child it spawned that greets nobody and sums to 3; a grandchild
 * that doubles 2 and sums to 0; and a child killed before it wrote anything.
 *
 * <p>Covered lines: the test JVM Greeter 5, 8; the child Greeter 5, 6 and Counter 8, 9, 10, 12;
 * the grandchild Greeter 12 and Counter 8, 9, 12. Together 8 of the 9 lines.
 */
class CoverageReportTest {

    @TempDir
    Path root;

    private DemoProject project;
    private Path data;
    private File out;

    @BeforeEach
    void runTheProcesses() throws Exception {
        project = DemoProject.compile(root.resolve("project"));
        data = Files.createDirectories(root.resolve("target/subcov"));
        out = root.resolve("target/site/subcov").toFile();
        writeManifest(data, "vm-1-root", null, 1000, "exit", "java -cp classes org.junit.Runner");
        try (InstrumentedRun run = new InstrumentedRun(project.classes)) {
            writeExec(data, "vm-1-root", run.call(GREETER, "greet", String.class, "a").execBytes("root"));
        }
        writeManifest(data, "vm-2-child", "vm-1-root", 2000, "exit", "java -cp classes demo.Child");
        try (InstrumentedRun run = new InstrumentedRun(project.classes)) {
            run.call(GREETER, "greet", String.class, null).call(COUNTER, "sum", int.class, 3);
            writeExec(data, "vm-2-child", run.execBytes("child"));
        }
        writeManifest(data, "vm-3-grandchild", "vm-2-child", 3000, "halt", "sh -c 'java demo.Grandchild'");
        try (InstrumentedRun run = new InstrumentedRun(project.classes)) {
            run.call(GREETER, "twice", int.class, 2).call(COUNTER, "sum", int.class, 0);
            writeExec(data, "vm-3-grandchild", run.execBytes("grandchild"));
        }
        writeManifest(data, "vm-4-killed", "vm-1-root", 4000, "running", "java -jar server.jar");
    }

    private ReportSummary report() throws Exception {
        return report(new CoverageReport());
    }

    private ReportSummary report(CoverageReport report) throws Exception {
        return report.title("demo")
                .classDirectories(List.of(project.classes.toFile()))
                .sourceDirectories(List.of(project.sources.toFile()))
                .sourceEncoding("UTF-8")
                .write(ExecCombiner.combine(List.of(data.toFile())), out);
    }

    @Test
    void writesJacocoHtmlXmlAndCsvWhoseLineCountsAgreeWithTheSummary() throws Exception {
        ReportSummary summary = report();

        XmlReport xml = XmlReport.parse(new File(out, "subcov.xml"));
        assertEquals("demo", xml.reportName());
        assertArrayEquals(new int[] {8, 1}, xml.lines("/report"));
        assertArrayEquals(new int[] {4, 1}, xml.lines("//class[@name='demo/Greeter']"));
        assertArrayEquals(new int[] {4, 0}, xml.lines("//class[@name='demo/util/Counter']"));
        assertArrayEquals(new int[] {4, 0}, xml.lines("//method[@name='sum']"));
        assertEquals(8, summary.linesCovered());
        assertEquals(1, summary.linesMissed());
        assertTrue(new File(out, "index.html").isFile());
        assertTrue(new File(out, "demo/Greeter.java.html").isFile(), "source page");
        assertTrue(new File(out, "jacoco-resources/report.css").isFile());
        List<String> csv = Files.readAllLines(new File(out, "subcov.csv").toPath());
        assertEquals(List.of("demo,demo,Greeter,3,11,0,2,1,4,1,3,1,2", "demo,demo.util,Counter,0,15,0,2,0,4,0,2,0,1"),
                csv.subList(1, csv.size()));
    }

    @Test
    void withoutTheProcessViewWritesNoProcessPageAndReadsNoProcesssOwnData() throws Exception {
        CombinedData combined = ExecCombiner.combine(List.of(data.toFile()));
        // a process's own data is read again from its file when the process view needs it
        try (java.util.stream.Stream<Path> files = Files.list(data)) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        }

        ReportSummary summary = new CoverageReport().title("demo").processView(false)
                .classDirectories(List.of(project.classes.toFile()))
                .sourceDirectories(List.of(project.sources.toFile()))
                .write(combined, out);

        assertFalse(new File(out, "processes.html").exists());
        assertFalse(Files.readString(new File(out, "index.html").toPath()).contains("processes.html"));
        assertArrayEquals(new int[] {8, 1}, XmlReport.parse(new File(out, "subcov.xml")).lines("/report"));
        assertFalse(summary.hasProcessView());
        assertEquals(List.of(), summary.processes());
        assertEquals(4, summary.jvmCount());
        assertEquals(1, summary.noDataCount());
        assertEquals(Double.NaN, summary.rootLineRatio());
        assertEquals("subcov: 4 JVMs (1 test JVM, 3 spawned) \u2014 lines 88.9%", summary.consoleLine());
    }

    @Test
    void writesTheProcessViewUnlessToldNotTo() throws Exception {
        ReportSummary summary = report();

        assertTrue(summary.hasProcessView());
        assertTrue(new File(out, "processes.html").isFile());
    }

    @Test
    void countsEachProcesssLinesAndTheLinesOnlyItCovered() throws Exception {
        ReportSummary summary = report();

        Map<String, ProcessCoverage> byId = summary.processes().stream()
                .collect(Collectors.toMap(p -> p.process().id(), p -> p));
        assertEquals(List.of("vm-1-root", "vm-2-child", "vm-3-grandchild", "vm-4-killed"),
                summary.processes().stream().map(p -> p.process().id()).toList());
        assertEquals(2, byId.get("vm-1-root").linesCovered());
        assertEquals(1, byId.get("vm-1-root").uniqueLinesCovered());
        assertEquals(6, byId.get("vm-2-child").linesCovered());
        assertEquals(2, byId.get("vm-2-child").uniqueLinesCovered());
        assertEquals(4, byId.get("vm-3-grandchild").linesCovered());
        assertEquals(1, byId.get("vm-3-grandchild").uniqueLinesCovered());
        assertEquals(0, byId.get("vm-4-killed").linesCovered());
        assertEquals(2, summary.rootLinesCovered());
    }

    @Test
    void printsJvmCountsAndLineCoverageWithAndWithoutSpawnedJvms() throws Exception {
        ReportSummary summary = report();

        assertEquals(4, summary.jvmCount());
        assertEquals(1, summary.rootCount());
        assertEquals(3, summary.spawnedCount());
        assertEquals(1, summary.noDataCount());
        assertEquals("subcov: 4 JVMs (1 test JVM, 3 spawned) \u2014 lines 88.9% (test JVM alone 22.2%)",
                summary.consoleLine());
    }

    @Test
    void jvmsSkippedByAProcessFilterCountInNoNumberAndAreNamedOnTheirOwnLines() throws Exception {
        writeSkippedManifest(data, "vm-skipped-a", "vm-1-root", 1500, "subcov.processExcludes", "demo.Worker",
                "java -cp classes demo.Worker");
        writeSkippedManifest(data, "vm-7-worker", "vm-2-child", 2500, "subcov.processExcludes", "demo.Worker",
                "java -cp classes demo.Worker");
        writeSkippedManifest(data, "vm-8-tool", "vm-1-root", 2600, "subcov.processIncludes", "tool-1.0.jar",
                "java -jar tool-1.0.jar");

        ReportSummary summary = report();

        assertEquals("subcov: 4 JVMs (1 test JVM, 3 spawned) \u2014 lines 88.9% (test JVM alone 22.2%)",
                summary.consoleLine());
        assertEquals(List.of("vm-4-killed"), summary.processesWithoutData().stream().map(ProcessRecord::id).toList());
        assertEquals(List.of("subcov: 2 JVMs skipped by subcov.processExcludes: demo.Worker (2)",
                "subcov: 1 JVM skipped by subcov.processIncludes: tool-1.0.jar (1)"), summary.skippedLines());
        String page = Files.readString(new File(out, "processes.html").toPath());
        assertTrue(page.contains("<h2>JVMs skipped by a process filter</h2>"), page);
        assertTrue(page.contains("<tr><td>vm-8-tool</td><td>vm-1-root</td><td>subcov.processIncludes</td>"
                + "<td>tool-1.0.jar</td><td class=\"command\">java -jar tool-1.0.jar</td></tr>"), page);
        assertFalse(page.contains(">vm-skipped-a</span>"), page);
        assertFalse(new File(out, "processes/vm-skipped-a.html").exists());
    }

    @Test
    void withoutProcessFiltersNoLineNamesSkippedJvms() throws Exception {
        assertEquals(List.of(), report().skippedLines());
        assertEquals(List.of(), report(new CoverageReport().processView(false)).skippedLines());
    }

    @Test
    void countsEveryTestJvmAsARoot() throws Exception {
        writeManifest(data, "vm-5-second-fork", null, 5000, "exit", "java -cp classes org.junit.Runner");
        try (InstrumentedRun run = new InstrumentedRun(project.classes)) {
            writeExec(data, "vm-5-second-fork", run.call(GREETER, "twice", int.class, 1).execBytes("fork2"));
        }

        ReportSummary summary = report();

        assertEquals(3, summary.rootLinesCovered());
        assertEquals(1, summary.processes().get(0).uniqueLinesCovered());
        assertEquals(0, summary.processes().get(4).uniqueLinesCovered());
        assertEquals("subcov: 5 JVMs (2 test JVMs, 3 spawned) \u2014 lines 88.9% (test JVMs alone 33.3%)",
                summary.consoleLine());
    }

    @Test
    void listsProcessesThatRecordedNothingWithTheirReason() throws Exception {
        ReportSummary summary = report();

        assertEquals(1, summary.processesWithoutData().size());
        ProcessRecord killed = summary.processesWithoutData().get(0);
        assertEquals("vm-4-killed", killed.id());
        assertEquals("java -jar server.jar", killed.command());
        assertEquals("killed before its first checkpoint, or still running", killed.noDataReason());
        String page = Files.readString(new File(out, "processes.html").toPath());
        assertTrue(page.contains("<h2>Processes that recorded nothing</h2>"));
        assertTrue(page.contains("<td>vm-4-killed</td><td>killed before its first checkpoint, or still running</td>"
                + "<td class=\"command\">java -jar server.jar</td>"), page);
    }

    @Test
    void showsTheProcessTreeNamedByWhatEachRunsWithCommandsEscaped() throws Exception {
        report();

        String page = Files.readString(new File(out, "processes.html").toPath());
        int root = page.indexOf(">vm-1-root</span>");
        int child = page.indexOf(">vm-2-child</span>");
        int grandchild = page.indexOf(">vm-3-grandchild</span>");
        int killed = page.indexOf(">vm-4-killed</span>");
        assertTrue(0 < root && root < child && child < grandchild && grandchild < killed, page);
        assertTrue(page.contains("<td class=\"process\" style=\"padding-left:0.4em\"><a href=\"processes/vm-1-root.html\""
                + " title=\"java -cp classes org.junit.Runner\">org.junit.Runner</a><span class=\"id\">vm-1-root</span>"
                + "</td><td>1000</td><td>exit</td><td>500 ms</td>"), page);
        assertTrue(page.contains("<td class=\"process child\" style=\"padding-left:3.4em\"><a href=\"processes/"
                + "vm-3-grandchild.html\" title=\"sh -c &#39;java demo.Grandchild&#39;\">sh -c &#39;java"
                + " demo.Grandchild&#39;</a><span class=\"id\">vm-3-grandchild</span></td><td>3000</td><td>halt</td>"),
                page);
        assertTrue(page.contains(">demo.Child</a><span class=\"id\">vm-2-child</span></td><td>2000</td><td>exit</td>"
                + "<td>500 ms</td><td>"), page);
        assertTrue(page.contains("<td>killed or still running</td><td>unknown: killed or still running</td><td>none</td>"
                + "<td>0</td><td>0</td></tr>"), page);
        assertTrue(page.contains("<a href=\"index.html\" class=\"el_report\">demo</a>"), page);
        String index = Files.readString(new File(out, "index.html").toPath());
        assertTrue(index.contains("<span class=\"info\"><a href=\"processes.html\" class=\"el_session\">Processes</a>"
                + "<a href=\"jacoco-sessions.html\" class=\"el_session\">Sessions</a></span>"), index);
    }

    @Test
    void eachProcessHasAPageOfWhatItRanWhoStartedItWhomItStartedHowItEndedAndWhatItCovered() throws Exception {
        String jar = "/m2/io/github/subcov/subcov-interceptor/0.1.0/subcov-interceptor-boot-3fa9c1.jar";
        writeManifest(data, "vm-5-server", "vm-2-child", 5000, "exit", "/jdk/bin/java -Xbootclasspath/a:" + jar
                + " -javaagent:" + jar + "=parent=vm-2-child,config=/w/target/subcov-agent.properties"
                + " -Ddb.password=hunter2 -cp classes demo.Server --token hunter2 --port 80");
        writeBuildStep(data, "vm", 1000, "maven-4242", 990, "maven-surefire-plugin:test (default-test) @ demo");

        report();

        String root = Files.readString(new File(out, "processes/vm-1-root.html").toPath());
        assertTrue(root.contains("<tr><td>Started by</td><td>the build: a test JVM</td></tr>\n"
                + "<tr><td>Build step</td><td>maven-surefire-plugin:test (default-test) @ demo</td></tr>\n"
                + "<tr><td>Children</td>"), root);

        String child = Files.readString(new File(out, "processes/vm-2-child.html").toPath());
        assertTrue(child.contains("<h1>demo.Child<span class=\"id\">vm-2-child</span></h1>"), child);
        assertTrue(child.contains("<details><summary>Command</summary><pre class=\"command\">java -cp classes demo.Child"
                + "</pre></details>"), child);
        assertTrue(child.contains("<tr><td>Started by</td><td><a href=\"vm-1-root.html\" title=\"java -cp classes"
                + " org.junit.Runner\">org.junit.Runner</a></td></tr>"), child);
        assertTrue(child.contains("<tr><td>Children</td><td><a href=\"vm-3-grandchild.html\""), child);
        assertFalse(child.contains("Build step"), "its parent's page names the step");
        assertTrue(child.contains("<br><a href=\"vm-5-server.html\" title=\"/jdk/bin/java -Ddb.password=****** -cp"
                + " classes demo.Server --token ****** --port 80\">demo.Server --token ****** --port 80</a></td></tr>"),
                child);
        assertTrue(child.contains("<tr><td>Ended</td><td>exit</td></tr>\n<tr><td>Ran for</td><td>500 ms</td></tr>"),
                child);
        long size = new File(data.toFile(), "vm-2-child.exec").length();
        assertTrue(child.contains("<tr><td>Data</td><td>" + size + " B (vm-2-child.exec)</td></tr>"), child);
        assertTrue(child.contains("<tr><td>Lines covered</td><td>6</td></tr>\n<tr><td>Lines only it covered</td>"
                + "<td>2</td></tr>"), child);
        assertTrue(child.contains("<tr><td>demo.Greeter</td><td>2</td><td>1</td></tr>\n"
                + "<tr><td>demo.util.Counter</td><td>4</td><td>1</td></tr>"), child);
        assertTrue(child.contains("<link rel=\"stylesheet\" href=\"../jacoco-resources/report.css\""), child);

        String server = Files.readString(new File(out, "processes/vm-5-server.html").toPath());
        assertTrue(server.contains("<tr><td>Children</td><td>no covered process</td></tr>"), server);
        assertTrue(server.contains("<tr><td>Recorded nothing</td><td>ended (exit) without writing its data</td></tr>"), server);
        String killed = Files.readString(new File(out, "processes/vm-4-killed.html").toPath());
        assertTrue(killed.contains("<tr><td>Ran for</td><td>unknown: killed or still running</td></tr>"), killed);
        for (File page : new File(out, "processes").listFiles()) {
            assertFalse(Files.readString(page.toPath()).contains("hunter2"), page.getName());
            assertFalse(Files.readString(page.toPath()).contains("subcov-interceptor"), page.getName());
        }
        assertFalse(Files.readString(new File(out, "processes.html").toPath()).contains("hunter2"));
    }

    @Test
    void processesThatRanTheSameCodeShareTheirLinesSoNeitherHasUniqueOnes() throws Exception {
        for (String id : List.of("vm-5-twin", "vm-6-twin")) {
            writeManifest(data, id, "vm-1-root", 5000, "exit", "java demo.Twin");
            try (InstrumentedRun run = new InstrumentedRun(project.classes)) {
                writeExec(data, id, run.call(COUNTER, "sum", int.class, 5).execBytes(id));
            }
        }

        ReportSummary summary = report();

        assertEquals(List.of(2, 6, 4, 0, 4, 4),
                summary.processes().stream().map(ProcessCoverage::linesCovered).toList());
        assertEquals(List.of(1, 1, 1, 0, 0, 0),
                summary.processes().stream().map(ProcessCoverage::uniqueLinesCovered).toList());
    }

    @Test
    void leavesOutExcludedClasses() throws Exception {
        ReportSummary summary = report(new CoverageReport().excludes(List.of("demo.util.*")));

        XmlReport xml = XmlReport.parse(new File(out, "subcov.xml"));
        assertArrayEquals(new int[] {4, 1}, xml.lines("/report"));
        assertEquals(4, summary.linesCovered());
        assertEquals("subcov: 4 JVMs (1 test JVM, 3 spawned) \u2014 lines 80.0% (test JVM alone 40.0%)",
                summary.consoleLine());
    }

    @Test
    void includesOnlyTheClassesNamed() throws Exception {
        ReportSummary summary = report(new CoverageReport().includes(List.of("demo.util.Counter")));

        assertArrayEquals(new int[] {4, 0}, XmlReport.parse(new File(out, "subcov.xml")).lines("/report"));
        assertEquals(4, summary.processes().get(1).linesCovered());
    }

    @Test
    void keepsTheFirstOfTwoDifferentClassesOfTheSameName() throws Exception {
        DemoProject other = DemoProject.compile(root.resolve("other"), Map.of("demo/Greeter.java", """
                package demo;
                public class Greeter {
                    public static String greet(String name) { return name; }
                }
                """));

        ReportSummary summary = new CoverageReport()
                .classDirectories(List.of(project.classes.toFile(), other.classes.toFile()))
                .write(ExecCombiner.combine(List.of(data.toFile())), out);

        assertEquals(8, summary.linesCovered());
        assertEquals(List.of(other.classes.resolve("demo/Greeter.class") + ": a different class demo/Greeter"
                + " was already read from " + project.classes.resolve("demo/Greeter.class")
                + "; this one is left out"), summary.warnings());
    }

    @Test
    void warnsAboutAMissingClassDirectory() throws Exception {
        File missing = root.resolve("no-classes").toFile();

        ReportSummary summary = new CoverageReport()
                .classDirectories(List.of(missing, project.classes.toFile()))
                .write(ExecCombiner.combine(List.of(data.toFile())), out);

        assertEquals(List.of("class directory " + missing + " does not exist"), summary.warnings());
        assertEquals(DemoProject.TOTAL_LINES, summary.linesTotal());
    }

    @Test
    void reportsNoPercentageWhenThereAreNoClasses() throws Exception {
        ReportSummary summary = new CoverageReport().write(ExecCombiner.combine(List.of(data.toFile())), out);

        assertEquals(0, summary.linesTotal());
        assertEquals("subcov: 4 JVMs (1 test JVM, 3 spawned) \u2014 lines n/a (test JVM alone n/a)",
                summary.consoleLine());
    }

    @Test
    void aReportThatFailsAfterTheHtmlStartedLeavesNoFileWriterThreadRunning() throws Exception {
        Set<Thread> before = fileWriterThreads();
        // the HTML report starts writing its resources first; then subcov.xml cannot be opened
        Files.createDirectories(out.toPath().resolve("subcov.xml"));

        assertThrows(IOException.class, this::report);

        for (Thread thread : fileWriterThreads()) {
            if (!before.contains(thread)) {
                thread.join(10_000);
                assertFalse(thread.isAlive(), "the HTML report's file writer thread still runs");
            }
        }
        assertTrue(new File(out, "jacoco-resources/report.css").isFile(), "the HTML report had begun writing");
    }

    private static Set<Thread> fileWriterThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(thread -> thread.getName().equals(BackgroundFileOutput.THREAD_NAME))
                .collect(Collectors.toSet());
    }

    @Test
    void showsAClassWhoseMergedDataDoesNotFitItAsNotCoveredAndCountsNoOneForIt() throws Exception {
        // read first, this file's Greeter record wins the merge, and its probe count is wrong
        writeManifest(data, "vm-0-corrupt", null, 500, "exit", "java Corrupt");
        Path greeter = project.classes.resolve("demo/Greeter.class");
        long greeterId = CRC64.classId(Files.readAllBytes(greeter));
        writeExec(data, "vm-0-corrupt", DataDirectory.exec(DataDirectory.classData(greeterId, "demo/Greeter", 2, 0)));

        CombinedData combined = ExecCombiner.combine(List.of(data.toFile()));
        ReportSummary summary = report();

        assertEquals(3, combined.warnings().size(), combined.warnings().toString());
        XmlReport xml = XmlReport.parse(new File(out, "subcov.xml"));
        assertArrayEquals(new int[] {0, 5}, xml.lines("//class[@name='demo/Greeter']"));
        assertArrayEquals(new int[] {4, 5}, xml.lines("/report"));
        assertEquals(1, summary.warnings().size());
        assertTrue(summary.warnings().get(0).startsWith(
                greeter + ": its coverage data does not fit the class file ("), summary.warnings().get(0));
        assertEquals(List.of(0, 0, 4, 3, 0),
                summary.processes().stream().map(ProcessCoverage::linesCovered).toList());
        assertEquals(List.of(0, 0, 1, 0, 0),
                summary.processes().stream().map(ProcessCoverage::uniqueLinesCovered).toList());
        assertEquals("subcov: 5 JVMs (2 test JVMs, 3 spawned) \u2014 lines 44.4% (test JVMs alone 0.0%)",
                summary.consoleLine());
    }
}
