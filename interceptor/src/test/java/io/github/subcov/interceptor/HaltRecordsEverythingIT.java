package io.github.subcov.interceptor;

import fixtures.Ending;
import fixtures.ShowProperties;
import io.github.subcov.interceptor.CoveredJvm.Run;
import io.github.subcov.interceptor.DataDirectory.ProcessData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code Runtime.halt} skips every shutdown hook, subcov's too; the hook woven into
 * {@code Shutdown.halt} writes everything the JVM ran, with the ending {@code halt}, and the
 * halt's exit code stays: whether this JVM wove the hook, took it from the cache an earlier JVM
 * left, or had to retransform {@code Shutdown} because an agent named first had loaded it.
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

    @Test
    void haltWithTheHookAnEarlierJvmWove() throws Exception {
        CoveredJvm jvm = CoveredJvm.in(directory);
        assertEquals(0, jvm.run(ShowProperties.class.getName()).exitCode());

        haltsAsWithoutSubcov(jvm, jvm.agentFlags(), 7, "halt", "7");
    }

    @Test
    void haltAfterAnAgentNamedFirstLoadedShutdown() throws Exception {
        CoveredJvm jvm = CoveredJvm.in(directory);
        // JaCoCo's premain registers a shutdown hook, which loads java.lang.Shutdown before subcov's runs
        String user = HiddenJacocoAgentIT.userAgent(directory.resolve("jacoco.exec"));

        List<String> options = new ArrayList<>(List.of(user));
        options.addAll(jvm.agentFlags());
        haltsAsWithoutSubcov(jvm, options, 7, "halt", "7");
    }

    private ProcessData haltsAsWithoutSubcov(int exitCode, String... args) throws IOException {
        CoveredJvm jvm = CoveredJvm.in(directory);
        return haltsAsWithoutSubcov(jvm, jvm.agentFlags(), exitCode, args);
    }

    private static ProcessData haltsAsWithoutSubcov(CoveredJvm jvm, List<String> options, int exitCode,
            String... args) throws IOException {
        Run with = jvm.runWith(options, Map.of(), Ending.class.getName(), args);
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
