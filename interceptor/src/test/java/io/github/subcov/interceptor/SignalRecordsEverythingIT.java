package io.github.subcov.interceptor;

import fixtures.Ending;
import io.github.subcov.interceptor.CoveredJvm.Run;
import io.github.subcov.interceptor.DataDirectory.ProcessData;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A JVM stopped with SIGTERM, SIGINT or SIGHUP runs its shutdown hooks: subcov's writes
 * everything the JVM ran, the user's still run, and the exit code (128 + signal) and output are
 * those without subcov.
 */
class SignalRecordsEverythingIT {

    @TempDir
    Path directory;

    @ParameterizedTest(name = "SIG{0}")
    @CsvSource({"TERM, 143", "INT, 130", "HUP, 129"})
    void signalledJvmRecordsEverythingAndExitsWithTheSignalsCode(String signal, int exitCode) throws Exception {
        CoveredJvm jvm = CoveredJvm.in(directory);

        Run with;
        Run without;
        try (RunningJvm covered = jvm.start(Ending.class.getName(), "block");
                RunningJvm plain = CoveredJvm.startUncovered(Ending.class.getName(), "block")) {
            with = signalWhenReady(covered, signal);
            without = signalWhenReady(plain, signal);
        }

        assertEquals(exitCode, with.exitCode(), with::describe);
        with.assertSameAs(without);
        assertTrue(with.out().endsWith("ready\nshutdown hook ran\n"), with::describe);
        ProcessData process = jvm.data().only(Ending.class.getName());
        assertEquals("exit", process.ending(), process::toString);
        assertTrue(process.warnings().isEmpty(), process::toString);
        process.assertCovered(Ending.class, "work");
    }

    private static Run signalWhenReady(RunningJvm jvm, String signal) throws Exception {
        jvm.awaitOutput("ready\n");
        jvm.signal(signal);
        return jvm.finish();
    }
}
