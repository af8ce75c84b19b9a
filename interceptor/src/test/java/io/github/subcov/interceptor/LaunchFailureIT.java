package io.github.subcov.interceptor;

import fixtures.Child;
import fixtures.Parent;
import io.github.subcov.interceptor.CoveredJvm.Run;
import io.github.subcov.interceptor.DataDirectory.ProcessData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A failure inside subcov's launch rewriting never breaks the user's launch: it goes ahead as
 * given, the JVM's manifest records one warning, and the next launch is covered again.
 */
class LaunchFailureIT {

    @Test
    void failedRewriteLeavesTheLaunchAsGivenAndIsRecordedOnce(@TempDir Path directory) throws Exception {
        CoveredJvm jvm = CoveredJvm.in(directory);

        Run run = jvm.run(Parent.class.getName(), "hook-failure", "--tag", "after");

        assertEquals(0, run.exitCode(), run::describe);
        assertTrue(run.out().contains("launch unchanged\n"), run::describe);
        assertTrue(run.out().contains("child after says"), run::describe);
        DataDirectory data = jvm.data();
        ProcessData parent = data.only(Parent.class.getName());
        assertEquals(1, parent.warnings().size(), parent::toString);
        assertTrue(parent.warnings().get(0).startsWith("left a launch unchanged: java.lang.NullPointerException"),
                parent::toString);
        ProcessData child = data.only(Child.class.getName());
        assertEquals(List.of(), child.warnings());
        child.assertCovered(Child.class, "work");
    }
}
