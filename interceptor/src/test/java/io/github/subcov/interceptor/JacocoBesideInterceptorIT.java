package io.github.subcov.interceptor;

import fixtures.Child;
import fixtures.Parent;
import io.github.subcov.interceptor.CoveredJvm.Run;
import io.github.subcov.interceptor.DataDirectory.ProcessData;
import io.github.subcov.interceptor.launch.JvmOptionsText;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The test JVM gets a JaCoCo agent from elsewhere as well, as when {@code jacoco:prepare-agent}
 * and {@code subcov:prepare} both add to the {@code argLine}: the JVM runs with exactly one
 * JaCoCo, the user's, whichever comes first, and subcov records through it.
 */
class JacocoBesideInterceptorIT {

    @TempDir
    Path directory;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"interceptor first", "jacoco first", "JAVA_TOOL_OPTIONS", "_JAVA_OPTIONS"})
    void testJvmWithTheUsersJacocoRecordsThroughItAndItsChildIsCovered(String where) throws Exception {
        CoveredJvm jvm = CoveredJvm.in(directory);
        Path destfile = directory.resolve("jacoco.exec");
        String user = HiddenJacocoAgentIT.userAgent(destfile);
        // subcov's options as a child gets them, JaCoCo's jar on the boot class path: the user's
        // agent of the same version then runs from there, once
        List<String> options = new ArrayList<>(jvm.agentFlags());
        switch (where) {
            case "interceptor first" -> options.add(user);
            case "jacoco first" -> options.add(0, user);
            default -> { }
        }
        Map<String, String> environment = options.size() == 3 ? Map.of() : Map.of(where, JvmOptionsText.quote(user));

        Run run = jvm.runWith(options, environment, Parent.class.getName(), "builder", "--tag", "beside");

        HiddenJacocoAgentIT.assertNoAbort(run);
        assertTrue(run.out().contains("child beside says"), run::describe);
        assertTrue(run.out().contains("exit=0\n"), run::describe);
        Set<String> users = DataDirectory.sessions(destfile);
        DataDirectory data = jvm.data();
        ProcessData parent = data.only(Parent.class.getName());
        assertEquals(List.of(), parent.warnings());
        parent.assertCovered(Parent.class, "main");
        assertTrue(users.containsAll(parent.sessions()), () -> "recorded through the user's JaCoCo " + users + ": " + parent);
        assertTrue(DataDirectory.coveredInstructions(destfile, CoveredJvm.TEST_CLASSES, Parent.class, "main") > 0);

        switch (where) {
            case "JAVA_TOOL_OPTIONS" -> {
                // the child inherits the variable and with it the user's agent: subcov leaves it alone
                assertEquals(1, data.all().size(), data::toString);
                assertTrue(DataDirectory.coveredInstructions(destfile, CoveredJvm.TEST_CLASSES, Child.class, "work") > 0);
            }
            case "_JAVA_OPTIONS" -> {
                // subcov does not look at this one when it starts a child: the child's interceptor finds it
                ProcessData child = data.only(Child.class.getName());
                child.assertCovered(Child.class, "work");
                assertTrue(users.containsAll(child.sessions()), () -> users + ": " + child);
            }
            default -> {
                // the user's agent was the parent's own: the child's interceptor starts JaCoCo itself
                ProcessData child = data.only(Child.class.getName());
                assertEquals(parent.id(), child.parent());
                child.assertCovered(Child.class, "work");
                assertTrue(Collections.disjoint(users, child.sessions()), () -> users + ": " + child);
            }
        }
    }
}
