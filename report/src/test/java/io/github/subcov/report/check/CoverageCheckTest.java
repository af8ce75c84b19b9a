package io.github.subcov.report.check;

import static io.github.subcov.report.DataDirectory.writeExec;
import static io.github.subcov.report.DataDirectory.writeManifest;
import static io.github.subcov.report.render.DemoProject.COUNTER;
import static io.github.subcov.report.render.DemoProject.GREETER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.subcov.report.combine.CombinedData;
import io.github.subcov.report.combine.ExecCombiner;
import io.github.subcov.report.render.DemoProject;
import io.github.subcov.report.render.InstrumentedRun;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jacoco.report.check.Rule;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A test JVM that greets "a" (Greeter lines 5, 8), a child {@code demo.Child} that greets nobody
 * (5, 6) and sums to 3 (all 4 lines of Counter), and a server killed before it wrote anything.
 * Greeter: 3 of its 5 lines; the bundle: 7 of 9.
 */
class CoverageCheckTest {

    @TempDir
    Path root;

    private DemoProject project;
    private CombinedData data;

    @BeforeEach
    void runTheProcesses() throws Exception {
        project = DemoProject.compile(root.resolve("project"));
        Path directory = Files.createDirectories(root.resolve("target/subcov"));
        writeManifest(directory, "vm-1-root", null, 1000, "exit", "java -cp classes org.junit.Runner",
                "org.junit.Runner");
        try (InstrumentedRun run = new InstrumentedRun(project.classes)) {
            writeExec(directory, "vm-1-root", run.call(GREETER, "greet", String.class, "a").execBytes("root"));
        }
        writeManifest(directory, "vm-2-child", "vm-1-root", 2000, "exit", "java -cp classes demo.Child",
                "demo.Child");
        try (InstrumentedRun run = new InstrumentedRun(project.classes)) {
            run.call(GREETER, "greet", String.class, null).call(COUNTER, "sum", int.class, 3);
            writeExec(directory, "vm-2-child", run.execBytes("child"));
        }
        writeManifest(directory, "vm-3-killed", "vm-1-root", 3000, "running", "java -jar server.jar", "server.jar");
        data = ExecCombiner.combine(List.of(directory.toFile()));
    }

    private CoverageCheck check(Rule... rules) {
        return new CoverageCheck().title("demo").classDirectories(List.of(project.classes.toFile()))
                .rules(List.of(rules));
    }

    private static Rule rule(String element, List<String> includes, String counter, String value, String minimum) {
        return CheckRules.rule(element, includes, List.of(), List.of(CheckRules.limit(counter, value, minimum, null)));
    }

    @Test
    void aMetRuleGivesNoViolation() throws Exception {
        CheckResult result = check(rule("BUNDLE", List.of(), "LINE", "COVEREDRATIO", "0.10")).check(data);

        assertEquals(List.of(), result.violations());
        assertEquals(1, result.rules());
        assertEquals(0, result.rulesViolated());
    }

    @Test
    void aViolationNamesTheElementTheCounterTheValueFoundAndTheLimit() throws Exception {
        CheckResult result = check(rule("BUNDLE", List.of(), "LINE", "COVEREDRATIO", "0.10"),
                rule("CLASS", List.of(GREETER), "LINE", "COVEREDRATIO", "1.00")).check(data);

        assertEquals(List.of("Rule violated for class demo.Greeter: lines covered ratio is 0.60, but expected"
                + " minimum is 1.00"), result.violations());
        assertEquals(2, result.rules());
        assertEquals(1, result.rulesViolated());
    }

    @Test
    void onlyTheElementsThatBreakARuleAreListed() throws Exception {
        CheckResult strict = check(CheckRules.rule("CLASS", null, null,
                List.of(CheckRules.limit("LINE", "MISSEDCOUNT", null, "0")))).check(data);
        assertEquals(List.of("Rule violated for class demo.Greeter: lines missed count is 2, but expected maximum"
                + " is 0"), strict.violations());
        assertEquals(1, strict.rulesViolated());
    }

    @Test
    void aBundleRuleNamesTheBundleByTheTitleAndTakesPercentages() throws Exception {
        CheckResult result = check(rule(null, null, "LINE", "COVEREDRATIO", "80%")).check(data);

        assertEquals(List.of("Rule violated for bundle demo: lines covered ratio is 0.77, but expected minimum is"
                + " 0.80"), result.violations());
    }

    @Test
    void everyJvmRecordedNamesTheProcessThatRecordedNothingAndWhy() throws Exception {
        CheckResult result = new CoverageCheck().everyJvmRecorded(true).check(data);

        assertEquals(List.of("Rule violated for process vm-3-killed: every JVM must record data, but it recorded"
                + " nothing (killed before its first checkpoint, or still running): java -jar server.jar"),
                result.violations());
        assertEquals(1, result.rulesViolated());
    }

    @Test
    void jvmsRanMatchesTheMainClassTheJarOrTheCommandLineAsProcessFiltersDo() throws Exception {
        CheckResult result = new CoverageCheck()
                .jvmsRan(List.of("demo.Child", "server.jar", "*-cp classes*", "demo.*", "app.Main", "demo"))
                .check(data);

        assertEquals(List.of(
                "Rule violated for JVMs matching app.Main: one must run, but none of the 3 JVMs did",
                "Rule violated for JVMs matching demo: one must run, but none of the 3 JVMs did"),
                result.violations());
        assertEquals(6, result.rules());
        assertEquals(2, result.rulesViolated());
    }

    @Test
    void noRulesIsNothingToCheck() {
        assertEquals(0, new CoverageCheck().ruleCount());
        assertTrue(new CoverageCheck().everyJvmRecorded(true).ruleCount() == 1);
    }
}
