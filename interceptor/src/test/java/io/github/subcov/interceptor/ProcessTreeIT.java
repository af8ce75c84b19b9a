package io.github.subcov.interceptor;

import fixtures.Child;
import fixtures.Parent;
import io.github.subcov.interceptor.CoveredJvm.Run;
import io.github.subcov.interceptor.DataDirectory.ProcessData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Children of children: each covered JVM hands its own id down, so the manifests form the
 * process tree, whether a shell sits between two JVMs or not.
 */
class ProcessTreeIT {

    @TempDir
    Path directory;

    @Test
    void grandchildrenAreCoveredAndManifestsNameTheirParents() throws Exception {
        CoveredJvm jvm = CoveredJvm.in(directory);

        Run run = jvm.run(Parent.class.getName(), "builder", "--tag", "L1", "--spawn", "2");

        assertEquals(0, run.exitCode(), run::describe);
        assertTrue(run.out().contains("child L1++ says"), run::describe);
        assertFalse(run.err().contains("JAVA_TOOL_OPTIONS"), run::describe);
        DataDirectory data = jvm.data();
        assertEquals(4, data.all().size(), data::toString);
        ProcessData parent = data.only(Parent.class.getName());
        ProcessData level1 = data.only(Child.class.getName(), "--tag L1 --spawn 2");
        ProcessData level2 = data.only(Child.class.getName(), "--tag L1+ --spawn 1");
        ProcessData level3 = data.only(Child.class.getName(), "--tag L1++ --spawn 0");
        assertEquals(CoveredJvm.ROOT_ID, parent.parent());
        assertEquals(parent.id(), level1.parent());
        assertEquals(level1.id(), level2.parent());
        assertEquals(level2.id(), level3.parent());
        for (ProcessData child : new ProcessData[] {level1, level2, level3}) {
            child.assertCovered(Child.class, "work");
            assertEquals("exit", child.ending());
        }
    }

    @Test
    void javaStartedByAShellIsCoveredAndItsOwnChildSeesNoToolOptionsLine() throws Exception {
        CoveredJvm jvm = CoveredJvm.in(directory);

        Run run = jvm.run(Parent.class.getName(), "sh", "--tag", "S", "--spawn", "1");

        assertEquals(0, run.exitCode(), run::describe);
        assertTrue(run.out().contains("child S says") && run.out().contains("child S+ says"), run::describe);
        // the JVM below the shell is told by JAVA_TOOL_OPTIONS and says so, once; the JVM it
        // starts directly gets the interceptor on its command line and subcov's part taken out
        assertEquals(1, run.err().split("Picked up JAVA_TOOL_OPTIONS", -1).length - 1, run::describe);

        DataDirectory data = jvm.data();
        assertEquals(3, data.all().size(), data::toString);
        ProcessData parent = data.only(Parent.class.getName());
        ProcessData belowShell = data.only(Child.class.getName(), "--tag S --spawn 1");
        ProcessData belowThat = data.only(Child.class.getName(), "--tag S+ --spawn 0");
        assertEquals(parent.id(), belowShell.parent(), "a shell is no JVM: the grandchild's parent is the JVM above it");
        assertEquals(belowShell.id(), belowThat.parent());
        belowShell.assertCovered(Child.class, "work");
        belowThat.assertCovered(Child.class, "work");
    }
}
