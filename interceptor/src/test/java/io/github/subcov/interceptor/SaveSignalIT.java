package io.github.subcov.interceptor;

import fixtures.Ending;
import fixtures.Signalled;
import io.github.subcov.interceptor.CoveredJvm.Run;
import io.github.subcov.interceptor.DataDirectory.ProcessData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code subcov.saveSignal=USR1}: {@code kill -USR1 <pid>} makes a covered JVM write a snapshot
 * and keep running, as {@code subcov:dump} does; an application's own handler for the signal wins.
 */
class SaveSignalIT {

    @TempDir
    Path directory;

    @Test
    void signalWritesWhatRanSoFarAndTheJvmRunsOnUnchanged() throws Exception {
        CoveredJvm jvm = CoveredJvm.withSaveSignal(directory, "USR1");

        ProcessData snapshot;
        int beforeInSnapshot;
        int afterInSnapshot;
        Run with;
        Run without;
        try (RunningJvm covered = jvm.startAsPrepared(Signalled.class.getName(), "work");
                RunningJvm plain = CoveredJvm.startUncovered(Signalled.class.getName(), "work")) {
            // ready comes from main, after premain has installed the handler
            covered.awaitOutput("ready\n");
            covered.signal("USR1");
            snapshot = jvm.awaitProcess(covered, p -> p.lastDumpMillis() != null);
            // no checkpoints: the data on disk is the signal's snapshot; read before the JVM goes on
            beforeInSnapshot = snapshot.coveredInstructions(Signalled.class, "before");
            afterInSnapshot = snapshot.coveredInstructions(Signalled.class, "after");
            assertTrue(covered.isAlive(), covered::describe);
            covered.send("go on");
            with = covered.finish();

            plain.awaitOutput("ready\n");
            plain.send("go on");
            without = plain.finish();
        }

        assertEquals("running", snapshot.ending(), snapshot::toString);
        assertTrue(beforeInSnapshot > 0, snapshot::toString);
        assertEquals(0, afterInSnapshot, snapshot::toString);
        assertEquals(7, with.exitCode(), with::describe);
        with.assertSameAs(without);
        ProcessData ended = jvm.data().only(Signalled.class.getName());
        assertEquals("exit", ended.ending(), ended::toString);
        assertEquals(snapshot.lastDumpMillis(), ended.lastDumpMillis(), ended::toString);
        assertEquals(beforeInSnapshot, ended.coveredInstructions(Signalled.class, "before"));
        assertTrue(ended.coveredInstructions(Signalled.class, "after") > 0, ended::toString);
        assertEquals(List.of(), ended.warnings(), ended::toString);
    }

    @Test
    void applicationsOwnHandlerWinsAndTheManifestSaysSoOnce() throws Exception {
        CoveredJvm jvm = CoveredJvm.withSaveSignal(directory, "USR1");

        ProcessData noticed;
        Run run;
        try (RunningJvm covered = jvm.start(Signalled.class.getName(), "own-handler")) {
            covered.awaitOutput("ready\n");
            noticed = jvm.awaitProcess(covered, p -> !p.warnings().isEmpty());
            covered.signal("USR1");
            covered.awaitOutput("the application's handler got SIGUSR1\n");
            covered.send("done");
            run = covered.finish();
        }

        assertEquals(1, noticed.warnings().size(), noticed::toString);
        assertTrue(noticed.warnings().get(0).startsWith("SIGUSR1 has the application's own handler"),
                noticed::toString);
        assertEquals(0, run.exitCode(), run::describe);
        assertEquals("ready\nthe application's handler got SIGUSR1\n", run.out(), run::describe);
        assertEquals("", run.err(), run::describe);
        ProcessData ended = jvm.data().only(Signalled.class.getName());
        assertEquals("exit", ended.ending(), ended::toString);
        assertEquals(noticed.warnings(), ended.warnings(), "noted once, not at every look");
        assertNull(ended.lastDumpMillis(), "the signal went to the application's handler alone");
    }

    @Test
    void applicationThatGivesTheSignalBackToTheDefaultEndsOnIt() throws Exception {
        CoveredJvm jvm = CoveredJvm.withSaveSignal(directory, "USR1");

        ProcessData noticed;
        Run run;
        try (RunningJvm covered = jvm.start(Signalled.class.getName(), "default-handler")) {
            covered.awaitOutput("ready\n");
            noticed = jvm.awaitProcess(covered, p -> !p.warnings().isEmpty());
            covered.signal("USR1");
            run = covered.finish();
        }

        assertEquals(1, noticed.warnings().size(), noticed::toString);
        assertTrue(noticed.warnings().get(0).startsWith("SIGUSR1 has the application's own handler"),
                noticed::toString);
        assertEquals(128 + 10, run.exitCode(), run::describe);
        assertEquals("ready\n", run.out(), run::describe);
        ProcessData ended = jvm.data().only(Signalled.class.getName());
        assertEquals("running", ended.ending(), ended::toString);
        assertNull(ended.lastDumpMillis(), ended::toString);
    }

    @Test
    void offByDefaultSoUsr1EndsTheJvmAsWithoutSubcov() throws Exception {
        CoveredJvm jvm = CoveredJvm.in(directory);

        Run with;
        Run without;
        try (RunningJvm covered = jvm.startAsPrepared(Ending.class.getName(), "block");
                RunningJvm plain = CoveredJvm.startUncovered(Ending.class.getName(), "block")) {
            covered.awaitOutput("ready\n");
            // announced: subcov's start is over, nothing more of it to come
            jvm.awaitProcess(covered, p -> true);
            covered.signal("USR1");
            with = covered.finish();
            plain.awaitOutput("ready\n");
            plain.signal("USR1");
            without = plain.finish();
        }

        // the JVM's default for SIGUSR1 is the OS's: the process ends on it, no shutdown hook runs
        assertEquals(128 + 10, with.exitCode(), with::describe);
        with.assertSameAs(without);
        ProcessData process = jvm.data().only(Ending.class.getName());
        assertEquals("running", process.ending(), process::toString);
        assertNull(process.lastDumpMillis(), process::toString);
    }
}
