package io.github.subcov.interceptor;

import fixtures.Ending;
import io.github.subcov.interceptor.CoveredJvm.Run;
import io.github.subcov.interceptor.DataDirectory.ProcessData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code Runtime.halt} skips every shutdown hook, subcov's too; the hook woven into it writes
 * everything the JVM ran, with the ending {@code halt}, and the halt's exit code stays.
 */
class HaltRecordsEverythingIT {

    @TempDir
    Path directory;

    @Test
    void haltTheMomentMainStarts() throws Exception {
        haltsAsWithoutSubcov(7, "halt", "7");
    }

    @Test
    void haltInAUserShutdownHookDuringSystemExit() throws Exception {
        ProcessData process = haltsAsWithoutSubcov(0, "halt-in-hook");

        process.assertCovered(Ending.class, "inHook");
    }

    private ProcessData haltsAsWithoutSubcov(int exitCode, String... args) throws IOException {
        CoveredJvm jvm = CoveredJvm.in(directory);

        Run with = jvm.run(Ending.class.getName(), args);
        Run without = CoveredJvm.runUncovered(Ending.class.getName(), args);

        assertEquals(exitCode, with.exitCode(), with::describe);
        with.assertSameAs(without);
        ProcessData process = jvm.data().only(Ending.class.getName());
        assertEquals("halt", process.ending(), process::toString);
        assertTrue(process.warnings().isEmpty(), process::toString);
        process.assertCovered(Ending.class, "work");
        return process;
    }
}
