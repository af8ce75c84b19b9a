package io.github.subcov.interceptor;

import fixtures.Destroyer;
import fixtures.Ending;
import io.github.subcov.interceptor.CoveredJvm.Run;
import io.github.subcov.interceptor.DataDirectory.ProcessData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code destroyForcibly()} sends SIGKILL, so no shutdown hook of the child runs. A covered parent
 * first asks a covered child for a snapshot, briefly, and then kills it all the same; any other
 * child is killed at once. The durations are printed for the record, never asserted.
 */
class DestroyForciblyIT {

    @TempDir
    Path directory;

    @Test
    void coveredChildWritesWhatItRanAndIsStillKilled() throws Exception {
        CoveredJvm jvm = CoveredJvm.in(directory);

        Run with = destroy(jvm, "blocking", "covered child");
        Run without = destroyUncovered("blocking", "the same without subcov");

        with.assertSameAs(without);
        assertTrue(with.out().endsWith("ready\nexit=137\n"), with::describe);
        assertFalse(with.out().contains("shutdown hook ran"), with::describe);
        ProcessData parent = jvm.data().only(Destroyer.class.getName());
        ProcessData child = jvm.data().only(Ending.class.getName());
        assertEquals(parent.id(), child.parent());
        assertEquals("running", child.ending(), child::toString);
        assertNotNull(child.lastDumpMillis(), child::toString);
        child.assertCovered(Ending.class, "work");
        assertTrue(parent.warnings().isEmpty(), parent::toString);
        assertNoRequestLeft(jvm);
    }

    @Test
    void childThatIsNoJvmIsKilledWithoutARequest() throws Exception {
        CoveredJvm jvm = CoveredJvm.in(directory);

        Run with = destroy(jvm, "sleep", "child that is no JVM (sleep 30)");
        Run without = destroyUncovered("sleep", "the same without subcov");

        with.assertSameAs(without);
        assertEquals("exit=137\n", with.out(), with::describe);
        ProcessData parent = jvm.data().only(Destroyer.class.getName());
        // a request that nobody served would have left this warning after waiting for it
        assertTrue(parent.warnings().isEmpty(), parent::toString);
        assertNoRequestLeft(jvm);
    }

    @Test
    void coveredChildThatAlreadyEndedIsNotAskedForASnapshot() throws Exception {
        CoveredJvm jvm = CoveredJvm.in(directory);

        Run with = destroy(jvm, "exited", "covered child that already ended");
        Run without = destroyUncovered("exited", "the same without subcov");

        with.assertSameAs(without);
        assertTrue(with.out().endsWith("exit=0\n"), with::describe);
        ProcessData parent = jvm.data().only(Destroyer.class.getName());
        assertEquals("exit", jvm.data().only(Ending.class.getName()).ending());
        assertTrue(parent.warnings().isEmpty(), parent::toString);
        assertNoRequestLeft(jvm);
    }

    private Run destroy(CoveredJvm jvm, String child, String what) throws IOException {
        Path timing = directory.resolve("covered.millis");
        Run run = jvm.run(Destroyer.class.getName(), child, timing.toString());
        assertEquals(0, run.exitCode(), run::describe);
        report(what, timing);
        return run;
    }

    private Run destroyUncovered(String child, String what) throws IOException {
        Path timing = directory.resolve("uncovered.millis");
        Run run = CoveredJvm.runUncovered(Destroyer.class.getName(), child, timing.toString());
        report(what, timing);
        return run;
    }

    private static void report(String what, Path timing) throws IOException {
        System.out.println("DestroyForciblyIT: destroyForcibly() + waitFor() of " + what + ": "
                + Files.readString(timing) + " ms");
    }

    private static void assertNoRequestLeft(CoveredJvm jvm) throws IOException {
        try (Stream<Path> files = Files.list(jvm.dataDirectory)) {
            List<String> names = files.map(f -> f.getFileName().toString()).toList();
            assertTrue(names.stream().noneMatch(n -> n.endsWith(".dump")), names::toString);
        }
    }
}
