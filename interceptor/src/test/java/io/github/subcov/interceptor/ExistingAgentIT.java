package io.github.subcov.interceptor;

import fixtures.Child;
import fixtures.Parent;
import io.github.subcov.interceptor.CoveredJvm.Run;
import io.github.subcov.interceptor.launch.JvmOptionsText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A child that the user already gives a JaCoCo agent keeps exactly that one: a second would make
 * the JVM abort (exit 134, "processing of -javaagent failed").
 */
class ExistingAgentIT {

    private static final String USER_AGENT = "-javaagent:" + CoveredJvm.JACOCO_JAR + "=output=none";

    @TempDir
    Path directory;

    @Test
    void commandWithJacocoAgentRunsWithThatAgentOnly() throws Exception {
        CoveredJvm jvm = CoveredJvm.in(directory);

        Run run = jvm.run(Parent.class.getName(), "with-agent", USER_AGENT, "--tag", "own");

        assertChildRanAlone(jvm, run);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"tool-options", "sh-tool-options"})
    void toolOptionsWithJacocoAgentAreLeftAlone(String how) throws Exception {
        CoveredJvm jvm = CoveredJvm.in(directory);

        Run run = jvm.run(Parent.class.getName(), how, JvmOptionsText.quote(USER_AGENT), "--tag", "own");

        assertChildRanAlone(jvm, run);
    }

    private static void assertChildRanAlone(CoveredJvm jvm, Run run) throws Exception {
        assertEquals(0, run.exitCode(), run::describe);
        assertTrue(run.out().contains("child own says"), run::describe);
        assertTrue(run.out().contains("exit=0\n"), run::describe);
        assertFalse(run.err().contains("processing of -javaagent failed"), run::describe);
        assertFalse(run.err().contains("LinkageError"), run::describe);
        assertFalse(run.err().contains("subcov:"), run::describe);
        DataDirectory data = jvm.data();
        // the child is the user's to cover: subcov records only the parent
        assertEquals(1, data.all().size(), data::toString);
        assertEquals(0, data.running(Child.class.getName()).size(), data::toString);
    }
}
