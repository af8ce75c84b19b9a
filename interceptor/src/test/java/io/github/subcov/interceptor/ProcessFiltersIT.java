package io.github.subcov.interceptor;

import fixtures.Child;
import fixtures.Parent;
import fixtures.Relay;
import io.github.subcov.interceptor.CoveredJvm.Run;
import io.github.subcov.interceptor.DataDirectory.ProcessData;
import io.github.subcov.interceptor.agent.AgentConfig;
import io.github.subcov.interceptor.launch.ProcessFilter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code subcov.processIncludes} and {@code subcov.processExcludes} in real JVMs: a skipped JVM
 * started directly gets no agent and its parent names it; one behind a shell records nothing
 * itself, names itself, and the JVMs it starts are covered.
 */
class ProcessFiltersIT {

    @TempDir
    Path directory;

    @Test
    void excludedJvmStartedDirectlyRunsWithoutAgentAndItsParentNamesIt() throws Exception {
        CoveredJvm jvm = CoveredJvm.in(directory).with(AgentConfig.PROCESS_EXCLUDES, Relay.class.getName());

        Run run = jvm.run(Parent.class.getName(), "relay", "--tag", "D");

        assertEquals(0, run.exitCode(), run::describe);
        assertTrue(run.out().contains("relay D\n") && run.out().contains("child D+ says"), run::describe);
        assertFalse(run.err().contains("JAVA_TOOL_OPTIONS"), run::describe);
        DataDirectory data = jvm.data();
        assertEquals(2, data.all().size(), "the test's JVM and the one it skipped; nothing below: " + data);
        ProcessData parent = data.only(Parent.class.getName());
        ProcessData skipped = data.only(Relay.class.getName());
        parent.assertCovered(Parent.class, "main");
        assertEquals(parent.id(), skipped.parent());
        assertEquals(ProcessFilter.EXCLUDES, skipped.skippedBy());
        assertEquals(Relay.class.getName(), skipped.main());
        assertNull(skipped.pid(), "its parent wrote it before it started");
        assertNull(skipped.ending());
        assertFalse(Files.exists(skipped.exec()));
    }

    @Test
    void excludedJvmBehindAShellRecordsNothingAndTheJvmItStartsIsCovered() throws Exception {
        CoveredJvm jvm = CoveredJvm.in(directory).with(AgentConfig.PROCESS_EXCLUDES, "fixtures.Rel?y");

        Run run = jvm.run(Parent.class.getName(), "sh-relay", "--tag", "S");

        assertEquals(0, run.exitCode(), run::describe);
        assertTrue(run.out().contains("relay S\n") && run.out().contains("child S+ says"), run::describe);
        DataDirectory data = jvm.data();
        assertEquals(3, data.all().size(), data::toString);
        ProcessData parent = data.only(Parent.class.getName());
        ProcessData skipped = data.only(Relay.class.getName());
        ProcessData below = data.only(Child.class.getName(), "--tag S+");
        assertEquals(parent.id(), skipped.parent(), "a shell is no JVM");
        assertEquals(ProcessFilter.EXCLUDES, skipped.skippedBy());
        assertEquals(Relay.class.getName(), skipped.main());
        assertTrue(skipped.pid() > 0, "it wrote its own manifest");
        assertNull(skipped.ending(), "nothing waits for a JVM that records nothing");
        assertTrue(skipped.warnings().isEmpty(), skipped::toString);
        assertFalse(Files.exists(skipped.exec()), "JaCoCo never started there");
        assertEquals(skipped.id(), below.parent());
        below.assertCovered(Child.class, "work");
        assertEquals("exit", below.ending());
    }

    @Test
    void excludedJvmWhoseMainClassAnArgumentFileHidesDecidesItself() throws Exception {
        CoveredJvm jvm = CoveredJvm.in(directory).with(AgentConfig.PROCESS_EXCLUDES, Relay.class.getName());

        Run run = jvm.run(Parent.class.getName(), "argfile-relay", "--tag", "A");

        assertEquals(0, run.exitCode(), run::describe);
        assertTrue(run.out().contains("relay A\n") && run.out().contains("child A+ says"), run::describe);
        DataDirectory data = jvm.data();
        ProcessData parent = data.only(Parent.class.getName());
        ProcessData skipped = data.all().stream().filter(p -> p.skippedBy() != null).findFirst().orElseThrow();
        assertEquals(parent.id(), skipped.parent());
        assertEquals(Relay.class.getName(), skipped.main(), "read from what the launcher set");
        assertTrue(skipped.pid() > 0, "it decided itself: its parent could not see its main class");
        assertTrue(skipped.command().contains("-javaagent:"), "its parent gave it the agent");
        assertFalse(Files.exists(skipped.exec()));
        ProcessData below = data.only(Child.class.getName(), "--tag A+");
        assertEquals(skipped.id(), below.parent());
        below.assertCovered(Child.class, "work");
    }

    @Test
    void jvmTestsItsCommandLineAsItsParentGaveItWithoutSubcovsOptions() throws Exception {
        CoveredJvm jvm = CoveredJvm.in(directory).with(AgentConfig.PROCESS_EXCLUDES, "*-javaagent:*");

        Run run = jvm.run(Parent.class.getName(), "builder", "--tag", "J");

        assertEquals(0, run.exitCode(), run::describe);
        DataDirectory data = jvm.data();
        ProcessData child = data.only(Child.class.getName());
        assertTrue(child.command().contains("-javaagent:"), child::toString);
        assertNull(child.skippedBy(), "only subcov's own option would match: " + child);
        child.assertCovered(Child.class, "work");
    }

    @Test
    void jvmThatNoIncludeMatchesIsSkippedAndOneThatMatchesIsCovered() throws Exception {
        CoveredJvm jvm = CoveredJvm.in(directory).with(AgentConfig.PROCESS_INCLUDES, "fixtures.Parent, *.Child");

        Run run = jvm.run(Parent.class.getName(), "sh-relay", "--tag", "I");

        assertEquals(0, run.exitCode(), run::describe);
        DataDirectory data = jvm.data();
        ProcessData skipped = data.only(Relay.class.getName());
        assertEquals(ProcessFilter.INCLUDES, skipped.skippedBy());
        assertFalse(Files.exists(skipped.exec()));
        data.only(Parent.class.getName()).assertCovered(Parent.class, "main");
        data.only(Child.class.getName(), "--tag I+").assertCovered(Child.class, "work");
    }

    @Test
    void testJvmIsCoveredWhateverTheFiltersSay() throws Exception {
        CoveredJvm jvm = CoveredJvm.in(directory).with(AgentConfig.PROCESS_EXCLUDES, "*");

        Run run = jvm.runWith(jvm.testJvmOptions(), Map.of(), Parent.class.getName(), "builder", "--tag", "T");

        assertEquals(0, run.exitCode(), run::describe);
        DataDirectory data = jvm.data();
        ProcessData testJvm = data.only(Parent.class.getName());
        assertNull(testJvm.parent());
        assertNull(testJvm.skippedBy());
        testJvm.assertCovered(Parent.class, "main");
        ProcessData child = data.only(Child.class.getName());
        assertEquals(ProcessFilter.EXCLUDES, child.skippedBy(), "what it starts is filtered");
        assertEquals(2, data.all().size(), data::toString);
    }
}
