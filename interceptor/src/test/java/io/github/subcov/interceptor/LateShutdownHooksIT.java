package io.github.subcov.interceptor;

import fixtures.LateHook;
import io.github.subcov.interceptor.CoveredJvm.Run;
import io.github.subcov.interceptor.DataDirectory.ProcessData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What a JVM's own shutdown hooks run is recorded, however late they run it: the last snapshot
 * comes after every application hook has finished, in every way a JVM ends normally, every time,
 * and the JVM exits with the code and output it has without subcov. A hook that never finishes
 * does not stop the recording: what ran until the JVM is killed is on disk.
 */
class LateShutdownHooksIT {

    /** Runs of each ending: the race this guards against lost the hook's work in some runs, not all. */
    private static final int RUNS = 20;
    private static final int AT_ONCE = 3;

    @TempDir
    Path directory;

    @ParameterizedTest(name = "{0}")
    @CsvSource({"return, 0", "last-thread, 0", "exit 7, 7", "exit-from-thread 5, 5"})
    void hookWorkIsRecordedInEveryRun(String ending, int exitCode) throws Exception {
        CoveredJvm jvm = CoveredJvm.in(directory);
        String[] args = ending.split(" ");
        Run without = CoveredJvm.runUncovered(LateHook.class.getName(), args);
        assertEquals(exitCode, without.exitCode(), without::describe);

        List<Run> runs = inParallel(() -> jvm.run(LateHook.class.getName(), args));

        for (Run with : runs) {
            with.assertSameAs(without);
        }
        assertEveryRunRecordedTheHook(jvm);
    }

    @ParameterizedTest(name = "SIG{0}")
    @CsvSource({"TERM, 143", "INT, 130", "HUP, 129"})
    void hookWorkIsRecordedAfterEverySignal(String signal, int exitCode) throws Exception {
        CoveredJvm jvm = CoveredJvm.in(directory);
        Run without;
        try (RunningJvm plain = CoveredJvm.startUncovered(LateHook.class.getName(), "block")) {
            without = signalWhenReady(plain, signal);
        }
        assertEquals(exitCode, without.exitCode(), without::describe);

        List<Run> runs = inParallel(() -> {
            try (RunningJvm covered = jvm.start(LateHook.class.getName(), "block")) {
                return signalWhenReady(covered, signal);
            }
        });

        for (Run with : runs) {
            with.assertSameAs(without);
        }
        assertEveryRunRecordedTheHook(jvm);
    }

    @Test
    void hookThatNeverFinishesKeepsWhatRanUntilTheKill() throws Exception {
        // the checkpoints go on while the hooks run
        ProcessData process = killedWhileTheHookHangs(CoveredJvm.in(directory), "late");

        process.assertCovered(LateHook.class, "main");
    }

    @Test
    void hookThatNeverFinishesWithoutCheckpointsKeepsWhatRanBeforeTheHooks() throws Exception {
        // without checkpoints only the snapshot taken as the hooks start can have written this
        killedWhileTheHookHangs(CoveredJvm.in(directory, 0), "main");
    }

    /** Kills the JVM once its data shows the method covered, and reads what is left on disk. */
    private static ProcessData killedWhileTheHookHangs(CoveredJvm jvm, String method) throws Exception {
        try (RunningJvm covered = jvm.start(LateHook.class.getName(), "hang")) {
            covered.awaitOutput("late hook ran\n");
            jvm.awaitProcess(covered, p -> covers(p, method));
            covered.signal("KILL");
            covered.finish();
        }
        ProcessData process = jvm.data().only(LateHook.class.getName());
        assertEquals("running", process.ending(), process::toString);
        process.assertCovered(LateHook.class, method);
        return process;
    }

    private static Run signalWhenReady(RunningJvm jvm, String signal) throws Exception {
        jvm.awaitOutput("ready\n");
        jvm.signal(signal);
        return jvm.finish();
    }

    private static List<Run> inParallel(Callable<Run> run) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(AT_ONCE);
        try {
            List<Future<Run>> futures = new ArrayList<>();
            for (int i = 0; i < RUNS; i++) {
                futures.add(pool.submit(run));
            }
            List<Run> runs = new ArrayList<>();
            for (Future<Run> future : futures) {
                runs.add(future.get());
            }
            return runs;
        } finally {
            pool.shutdownNow();
        }
    }

    private static void assertEveryRunRecordedTheHook(CoveredJvm jvm) throws IOException {
        List<ProcessData> processes = jvm.data().running(LateHook.class.getName());
        assertEquals(RUNS, processes.size(), processes::toString);
        List<String> lost = new ArrayList<>();
        for (ProcessData process : processes) {
            assertEquals("exit", process.ending(), process::toString);
            assertTrue(process.warnings().isEmpty(), process::toString);
            if (process.coveredInstructions(LateHook.class, "late") == 0) {
                lost.add(process.id());
            }
        }
        assertEquals(List.of(), lost, "runs whose last snapshot lacks the hook's late work, of " + RUNS);
    }

    private static boolean covers(ProcessData process, String method) {
        try {
            return java.nio.file.Files.isRegularFile(process.exec())
                    && process.coveredInstructions(LateHook.class, method) > 0;
        } catch (IOException | RuntimeException notYet) {
            return false;
        }
    }
}
