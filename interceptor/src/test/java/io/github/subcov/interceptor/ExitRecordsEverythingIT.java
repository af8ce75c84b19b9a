package io.github.subcov.interceptor;

import fixtures.Ending;
import io.github.subcov.interceptor.CoveredJvm.Run;
import io.github.subcov.interceptor.DataDirectory.ProcessData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A JVM that ends by itself, however it does it, writes everything it ran with the ending
 * {@code exit}, and exits with the code and output it has without subcov.
 */
class ExitRecordsEverythingIT {

    @TempDir
    Path directory;

    @Test
    void mainReturning() throws Exception {
        endsAsWithoutSubcov(0, "return");
    }

    @Test
    void systemExitFromAnotherThread() throws Exception {
        ProcessData process = endsAsWithoutSubcov(5, "exit-from-thread", "5");

        process.assertCovered(Ending.class, "inThread");
    }

    @Test
    void uncaughtExceptionInMain() throws Exception {
        endsAsWithoutSubcov(1, "throw");
    }

    private ProcessData endsAsWithoutSubcov(int exitCode, String... args) throws IOException {
        CoveredJvm jvm = CoveredJvm.in(directory);

        Run with = jvm.run(Ending.class.getName(), args);
        Run without = CoveredJvm.runUncovered(Ending.class.getName(), args);

        assertEquals(exitCode, with.exitCode(), with::describe);
        with.assertSameAs(without);
        ProcessData process = jvm.data().only(Ending.class.getName());
        assertEquals("exit", process.ending(), process::toString);
        assertTrue(process.warnings().isEmpty(), process::toString);
        process.assertCovered(Ending.class, "work");
        assertEquals(Set.of(process.id()), process.sessions(), "JaCoCo's session is named after the process");
        return process;
    }
}
