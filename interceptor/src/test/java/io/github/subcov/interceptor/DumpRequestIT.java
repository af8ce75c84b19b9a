package io.github.subcov.interceptor;

import fixtures.Ending;
import fixtures.LateHook;
import io.github.subcov.interceptor.CoveredJvm.Run;
import io.github.subcov.interceptor.DataDirectory.ProcessData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code all.dump} in the data directory ({@code mvn subcov:dump} writes it) makes every running
 * covered JVM write a snapshot, and go on running.
 */
class DumpRequestIT {

    @Test
    void runningJvmWritesWhatItRanAndKeepsRunning(@TempDir Path directory) throws Exception {
        // no checkpoints: whatever is on disk comes from the request
        CoveredJvm jvm = CoveredJvm.in(directory, 0);

        ProcessData dumped;
        Run run;
        try (RunningJvm covered = jvm.start(Ending.class.getName(), "block")) {
            covered.awaitOutput("ready\n");
            // announced: the data directory is there, and so is the thread that serves requests
            jvm.awaitProcess(covered, p -> true);
            Files.writeString(jvm.dataDirectory.resolve("all.dump"), "");
            dumped = jvm.awaitProcess(covered, p -> p.lastDumpMillis() != null);
            assertTrue(covered.isAlive(), covered::describe);
            dumped.assertCovered(Ending.class, "work");
            covered.signal("TERM");
            run = covered.finish();
        }

        assertEquals("running", dumped.ending(), dumped::toString);
        assertEquals(143, run.exitCode(), run::describe);
        assertTrue(run.out().endsWith("ready\nshutdown hook ran\n"), run::describe);
        ProcessData ended = jvm.data().only(Ending.class.getName());
        assertEquals("exit", ended.ending(), ended::toString);
        assertEquals(dumped.lastDumpMillis(), ended.lastDumpMillis());
        assertTrue(Files.exists(jvm.dataDirectory.resolve("all.dump")), "the request is the user's to delete");
    }

    @Test
    void jvmInItsShutdownHooksAnswersWithItsLastSnapshot(@TempDir Path directory) throws Exception {
        CoveredJvm jvm = CoveredJvm.in(directory, 0);

        Run run;
        try (RunningJvm covered = jvm.start(LateHook.class.getName(), "block")) {
            covered.awaitOutput("ready\n");
            jvm.awaitProcess(covered, p -> true);
            covered.signal("TERM");
            // the hook sleeps 300 ms before its late work: ask while it sleeps, as a report does
            // after spring-boot:stop has returned
            Thread.sleep(150);
            Files.writeString(jvm.dataDirectory.resolve("all.dump"), "");
            run = covered.finish();
        }

        assertEquals(143, run.exitCode(), run::describe);
        ProcessData ended = jvm.data().only(LateHook.class.getName());
        assertEquals("exit", ended.ending(), ended::toString);
        assertNull(ended.lastDumpMillis(), "a snapshot while the hooks ran would have answered: " + ended);
        ended.assertCovered(LateHook.class, "late");
    }
}
