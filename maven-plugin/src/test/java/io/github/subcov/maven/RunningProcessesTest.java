package io.github.subcov.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.subcov.interceptor.data.ProcessIdentity;
import io.github.subcov.interceptor.launch.ProcessFilter;
import io.github.subcov.report.combine.ProcessManifest;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Real processes stand in for covered JVMs; the test writes their manifests as their agents would. */
class RunningProcessesTest {

    private static final long WAIT_MILLIS = 2000;

    @TempDir
    Path directory;

    private final FakeClock clock = new FakeClock();
    private final List<Process> started = new ArrayList<>();

    @AfterEach
    void stopProcesses() {
        started.forEach(Process::destroyForcibly);
    }

    @Test
    void liveJvmThatAnswersInTimeEndsTheWaitWhenItAnswers() throws Exception {
        Process server = running();
        Manifests.writeRunning(directory, server);
        clock.at(300, () -> answer(server));

        List<ProcessManifest> silent = askAndAwait(waiter(), WAIT_MILLIS);

        assertEquals(List.of(), silent);
        assertEquals(300, clock.millis());
        assertTrue(Files.exists(directory.resolve("all.dump")), "asked");
    }

    @Test
    void liveJvmThatNeverAnswersIsNamedWhenTheWaitEnds() throws Exception {
        Process server = running();
        Manifests.writeRunning(directory, server);

        List<ProcessManifest> silent = askAndAwait(waiter(), WAIT_MILLIS);

        assertEquals(List.of(Manifests.idOf(server.pid())), ids(silent));
        assertEquals(WAIT_MILLIS, clock.millis());
        assertTrue(RunningProcesses.describe(silent).contains("(pid " + server.pid() + ": java -cp app.jar app.Server)"),
                RunningProcesses.describe(silent));
    }

    @Test
    void jvmStillEndingIsWaitedForUntilItsManifestSaysItEnded() throws Exception {
        Process stopping = running();
        Manifests.writeRunning(directory, stopping);
        clock.at(700, () -> Manifests.write(directory, Manifests.idOf(stopping.pid()), stopping.pid(),
                Manifests.startOf(stopping), "exit", null));

        assertEquals(List.of(), askAndAwait(waiter(), WAIT_MILLIS));
        assertEquals(700, clock.millis());
    }

    @Test
    void manifestSayingRunningOfADeadPidIsNotWaitedFor() throws Exception {
        Process killed = new ProcessBuilder("true").start();
        killed.waitFor();
        Manifests.write(directory, Manifests.idOf(killed.pid()), killed.pid(), System.currentTimeMillis() - 5000,
                "running", null);

        assertNothingAskedOrAwaited();
    }

    @Test
    void jvmKilledWhileWaitedForEndsTheWaitUnnamed() throws Exception {
        Process server = running();
        Manifests.writeRunning(directory, server);
        clock.at(200, () -> server.destroyForcibly().waitFor());

        assertEquals(List.of(), askAndAwait(waiter(), WAIT_MILLIS));
        assertEquals(200, clock.millis());
    }

    @Test
    void whenAllEndedNothingIsAskedOrAwaited() throws Exception {
        Process ended = new ProcessBuilder("true").start();
        ended.waitFor();
        Manifests.write(directory, Manifests.idOf(ended.pid()), ended.pid(), System.currentTimeMillis(), "exit", null);
        Manifests.write(directory, Manifests.idOf(1), 1, 0, "halt", null);

        assertNothingAskedOrAwaited();
    }

    @Test
    void liveJvmThatAProcessFilterSkippedIsNeverAskedItTakesNoRequests() throws Exception {
        // this JVM stands for it: alive, and started before its manifest says
        ProcessIdentity identity = ProcessIdentity.current("vm-parent");
        io.github.subcov.interceptor.data.ProcessManifest written =
                new io.github.subcov.interceptor.data.ProcessManifest(identity, System.currentTimeMillis());
        File file = directory.resolve(identity.id() + ".json").toFile();
        written.write(file);
        assertEquals(1, waiter().count(), "covered, it would be asked");

        written.skipped(ProcessFilter.EXCLUDES, "app.Worker");
        written.write(file);
        io.github.subcov.interceptor.data.ProcessManifest.writeSkippedLaunch(directory.toFile(), identity.id(),
                "java app.Worker", System.currentTimeMillis(), ProcessFilter.EXCLUDES, "app.Worker", null);
        assertNothingAskedOrAwaited();
    }

    @Test
    void waitingForOneAnswerTakesOneLookAfterIt() throws Exception {
        Process answered = running();
        Process silent = running();
        Manifests.writeRunning(directory, answered);
        Manifests.writeRunning(directory, silent);
        clock.at(100, () -> answer(answered));

        List<ProcessManifest> unanswered = askAndAwait(waiter(), 500);

        assertEquals(List.of(Manifests.idOf(silent.pid())), ids(unanswered));
        assertEquals(500, clock.millis());
    }

    /** As the report does: asks, then waits for the answers. */
    private static List<ProcessManifest> askAndAwait(RunningProcesses waiter, long waitMillis) throws Exception {
        return waiter.awaitAnswersSince(waiter.ask(), waitMillis);
    }

    private RunningProcesses waiter() {
        return RunningProcesses.in(directory.toFile(), LiveProcess::isAlive, clock);
    }

    private Process running() throws Exception {
        Process process = new ProcessBuilder("sleep", "30").start();
        started.add(process);
        return process;
    }

    private void answer(Process process) throws Exception {
        Manifests.write(directory, Manifests.idOf(process.pid()), process.pid(), Manifests.startOf(process), "running",
                System.currentTimeMillis());
    }

    private static List<String> ids(List<ProcessManifest> manifests) {
        List<String> ids = new ArrayList<>();
        manifests.forEach(manifest -> ids.add(manifest.id()));
        return ids;
    }

    /** No JVM counts as running: none is asked for a snapshot, no request file is written, no time passes. */
    private void assertNothingAskedOrAwaited() throws Exception {
        RunningProcesses waiter = waiter();

        assertEquals(0, waiter.count());
        assertEquals(List.of(), askAndAwait(waiter, WAIT_MILLIS));
        assertEquals(0, clock.millis());
        assertFalse(Files.exists(directory.resolve("all.dump")), "nothing to ask");
    }
}
