package io.github.subcov.interceptor;

import fixtures.ShowLoaders;
import io.github.subcov.interceptor.CoveredJvm.Run;
import io.github.subcov.interceptor.DataDirectory.ProcessData;
import io.github.subcov.interceptor.agent.Agent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * subcov's options put the interceptor and JaCoCo's agent jar on the boot class path, whose
 * loader neither verifies their classes nor reads them through Java code: a covered JVM starts
 * sooner. The JVM must say nothing about it, and a JVM given the agent option alone still works.
 */
class BootClassPathIT {

    private static final String JACOCO_RT = "org.jacoco.agent.rt.RT";

    @TempDir
    Path directory;

    @Test
    void bothJarsAreReadByTheBootLoaderAndTheJvmSaysNothingOfIt() throws Exception {
        CoveredJvm jvm = CoveredJvm.in(directory);

        Run run = jvm.run(ShowLoaders.class.getName(), JACOCO_RT, Agent.class.getName());

        assertEquals(0, run.exitCode(), run::describe);
        assertEquals(JACOCO_RT + "=boot\n" + Agent.class.getName() + "=boot\n", run.out(), run::describe);
        assertEquals("", run.err(), "no word from the JVM, such as a class-sharing warning");
        ProcessData process = jvm.data().only(ShowLoaders.class.getName());
        assertEquals(List.of(), process.warnings());
        process.assertCovered(ShowLoaders.class, "main");
    }

    @Test
    void withTheAgentOptionAloneJacocoJoinsTheSystemClassPathAsAnAgentWould() throws Exception {
        CoveredJvm jvm = CoveredJvm.in(directory);

        Run run = jvm.runWith(List.of(jvm.interceptorOption()), Map.of(), ShowLoaders.class.getName(), JACOCO_RT,
                Agent.class.getName());

        assertEquals(0, run.exitCode(), run::describe);
        run.out().lines().forEach(line -> assertNotEquals("boot", line.substring(line.indexOf('=') + 1), line));
        ProcessData process = jvm.data().only(ShowLoaders.class.getName());
        assertEquals(List.of(), process.warnings());
        process.assertCovered(ShowLoaders.class, "main");
    }
}
