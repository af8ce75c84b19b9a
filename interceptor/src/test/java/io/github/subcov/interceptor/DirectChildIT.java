package io.github.subcov.interceptor;

import fixtures.Child;
import fixtures.Parent;
import io.github.subcov.interceptor.CoveredJvm.Run;
import io.github.subcov.interceptor.DataDirectory.ProcessData;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A covered JVM starts {@code $java.home/bin/java} itself, in each of the JDK's ways. */
class DirectChildIT {

    @TempDir
    Path directory;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"builder", "exec-array", "exec-string", "env-cleared", "exec-empty-env"})
    void childStartedThisWayIsCoveredAndKnowsItsParent(String how) throws Exception {
        CoveredJvm jvm = CoveredJvm.in(directory);

        Run run = jvm.run(Parent.class.getName(), how, "--tag", how, "--exit", "7");

        assertEquals(0, run.exitCode(), run::describe);
        assertTrue(run.out().contains("child " + how + " says h\u00e9llo \u2713\n"), run::describe);
        assertTrue(run.err().contains("child " + how + " warns \u2602\n"), run::describe);
        assertTrue(run.out().contains("exit=7\n"), run::describe);
        assertFalse(run.err().contains("JAVA_TOOL_OPTIONS"), run::describe);

        DataDirectory data = jvm.data();
        assertEquals(2, data.all().size(), data::toString);
        ProcessData parent = data.only(Parent.class.getName());
        ProcessData child = data.only(Child.class.getName());
        assertEquals(CoveredJvm.ROOT_ID, parent.parent());
        assertEquals(parent.id(), child.parent());
        assertEquals("exit", child.ending());
        child.assertCovered(Child.class, "work");
        parent.assertCovered(Parent.class, "main");
    }
}
