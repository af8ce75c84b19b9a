package io.github.subcov.interceptor;

import fixtures.Ending;
import io.github.subcov.interceptor.CoveredJvm.Run;
import io.github.subcov.interceptor.DataDirectory.ProcessData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * SIGKILL runs nothing in the JVM: what it ran up to its last checkpoint is on disk, and the
 * manifest still says {@code running}, which the report reads as killed.
 */
class SigkillKeepsLastCheckpointIT {

    @TempDir
    Path directory;

    @Test
    void codeRunBeforeTheLastCheckpointIsRecorded() throws Exception {
        CoveredJvm jvm = CoveredJvm.in(directory, 100);

        Run with;
        Run without;
        try (RunningJvm covered = jvm.start(Ending.class.getName(), "block");
                RunningJvm plain = CoveredJvm.startUncovered(Ending.class.getName(), "block")) {
            covered.awaitOutput("ready\n");
            // a checkpoint is written only when probes changed, so the one that holds work() may
            // be older than the ready line: wait for the data, not for a time
            jvm.awaitProcess(covered, p -> p.lastCheckpointMillis() != null && holdsWork(p));
            covered.signal("KILL");
            with = covered.finish();
            plain.awaitOutput("ready\n");
            plain.signal("KILL");
            without = plain.finish();
        }

        assertEquals(137, with.exitCode(), with::describe);
        with.assertSameAs(without);
        assertFalse(with.out().contains("shutdown hook ran"), with::describe);
        ProcessData process = jvm.data().only(Ending.class.getName());
        assertEquals("running", process.ending(), process::toString);
        assertNotNull(process.lastCheckpointMillis(), process::toString);
        process.assertCovered(Ending.class, "work");
    }

    @Test
    void withCheckpointsOffAKilledJvmLeavesOnlyItsManifest() throws Exception {
        CoveredJvm jvm = CoveredJvm.in(directory, 0);

        Run run;
        try (RunningJvm covered = jvm.start(Ending.class.getName(), "block")) {
            covered.awaitOutput("ready\n");
            jvm.awaitProcess(covered, p -> true);
            // four turns of the checkpoint thread: any interval up to 300 ms would have written by now
            Thread.sleep(400);
            covered.signal("KILL");
            run = covered.finish();
        }

        assertEquals(137, run.exitCode(), run::describe);
        ProcessData process = jvm.data().only(Ending.class.getName());
        assertEquals("running", process.ending(), process::toString);
        assertNull(process.lastCheckpointMillis(), process::toString);
        assertFalse(Files.exists(process.exec()), process::toString);
        assertTrue(process.warnings().isEmpty(), process::toString);
    }

    private static boolean holdsWork(ProcessData process) {
        try {
            return Files.exists(process.exec()) && process.coveredInstructions(Ending.class, "work") > 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
