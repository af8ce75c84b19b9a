package io.github.subcov.interceptor;

import fixtures.Child;
import fixtures.Parent;
import io.github.subcov.interceptor.CoveredJvm.Run;
import io.github.subcov.interceptor.DataDirectory.ProcessData;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The user's own {@code JAVA_TOOL_OPTIONS} keeps working in a covered child, whether the caller
 * set it for the child or had it itself, and whether the child is java or a shell running java.
 */
class ToolOptionsIT {

    private static final String USER_OPTIONS = "-Xmx77m -Dk=v";
    /** The JVM rounds -Xmx77m up to its heap alignment (78 MiB with G1's 2 MiB regions). */
    private static final long MAX_HEAP = 80L * 1024 * 1024;

    @TempDir
    Path directory;

    @ParameterizedTest(name = "set for the child, {0}")
    @ValueSource(strings = {"tool-options", "sh-tool-options"})
    void optionsTheCallerSetsForTheChildStayEffective(String how) throws Exception {
        CoveredJvm jvm = CoveredJvm.in(directory);

        Run run = jvm.run(Parent.class.getName(), how, USER_OPTIONS, "--property", "k", "--max-memory");

        assertChildSawUserOptions(run);
        if (how.equals("tool-options")) {
            // a direct java child gets the interceptor on its command line: the user's value is all it sees
            assertTrue(run.err().contains("Picked up JAVA_TOOL_OPTIONS: " + USER_OPTIONS + "\n"), run::describe);
        }
        assertChildCovered(jvm);
    }

    @ParameterizedTest(name = "inherited, {0}")
    @ValueSource(strings = {"builder", "sh"})
    void optionsTheCallerHasItselfStayEffective(String how) throws Exception {
        CoveredJvm jvm = CoveredJvm.in(directory);

        Run run = jvm.run(Map.of("JAVA_TOOL_OPTIONS", USER_OPTIONS), Parent.class.getName(), how,
                "--property", "k", "--max-memory");

        assertChildSawUserOptions(run);
        assertChildCovered(jvm);
    }

    private static void assertChildSawUserOptions(Run run) {
        assertEquals(0, run.exitCode(), run::describe);
        assertTrue(run.out().contains("property k=v\n"), run::describe);
        Matcher maxMemory = Pattern.compile("maxMemory=(\\d+)").matcher(run.out());
        assertTrue(maxMemory.find(), run::describe);
        long heap = Long.parseLong(maxMemory.group(1));
        assertTrue(heap <= MAX_HEAP, () -> "child heap " + heap + " > -Xmx77m\n" + run.describe());
        assertTrue(run.out().contains("exit=0\n"), run::describe);
    }

    private void assertChildCovered(CoveredJvm jvm) throws Exception {
        DataDirectory data = jvm.data();
        ProcessData parent = data.only(Parent.class.getName());
        ProcessData child = data.only(Child.class.getName());
        assertEquals(parent.id(), child.parent());
        child.assertCovered(Child.class, "work");
    }
}
