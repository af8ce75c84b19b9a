package io.github.subcov.interceptor;

import fixtures.ShowLoaders;
import fixtures.ShowOpenJars;
import io.github.subcov.interceptor.CoveredJvm.Run;
import io.github.subcov.interceptor.DataDirectory.ProcessData;
import io.github.subcov.interceptor.agent.Agent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * subcov's options put the interceptor and JaCoCo's agent on the boot class path, whose loader
 * neither verifies their classes nor reads them through Java code: a covered JVM starts sooner.
 * Both come from one jar, which the JVM holds open twice at most: each descriptor costs every later
 * spawn. The JVM must say nothing about it, and the two jars, or the agent option alone, still work.
 */
class BootClassPathIT {

    private static final String JACOCO_RT = "org.jacoco.agent.rt.RT";

    @TempDir
    Path directory;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"one jar", "two jars"})
    void subcovAndJacocoAreReadByTheBootLoaderAndTheJvmSaysNothingOfIt(String layout) throws Exception {
        CoveredJvm jvm = layout.equals("one jar") ? CoveredJvm.in(directory) : CoveredJvm.withTwoJars(directory);

        Run run = jvm.run(ShowLoaders.class.getName(), JACOCO_RT, Agent.class.getName());

        assertEquals(0, run.exitCode(), run::describe);
        assertEquals(JACOCO_RT + "=boot\n" + Agent.class.getName() + "=boot\n", run.out(), run::describe);
        assertEquals("", run.err(), "no word from the JVM, such as a class-sharing warning");
        ProcessData process = jvm.data().only(ShowLoaders.class.getName());
        assertEquals(List.of(), process.warnings());
        process.assertCovered(ShowLoaders.class, "main");
    }

    @Test
    void theJointJarIsTheOnlyJarThatACoveredJvmHoldsOpen() throws Exception {
        CoveredJvm jvm = CoveredJvm.in(directory);

        Run run = jvm.run(ShowOpenJars.class.getName());

        assertEquals(0, run.exitCode(), run::describe);
        List<String> jars = run.out().lines().toList();
        String bootJar = jvm.agentFlags().get(0).substring("-Xbootclasspath/a:".length());
        assertEquals(Set.of(bootJar), Set.copyOf(jars), run::describe);
        assertTrue(jars.size() <= 2, () -> "natively and for resources, no more: " + jars);
        jvm.data().only(ShowOpenJars.class.getName()).assertCovered(ShowOpenJars.class, "main");
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
