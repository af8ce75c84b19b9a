package io.github.subcov.maven.forks;

import io.github.subcov.interceptor.launch.AgentFlags;
import io.github.subcov.interceptor.launch.LaunchRewriter;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ForkedLaunchesTest {

    private final LaunchRewriter module =
            new LaunchRewriter(new AgentFlags("/repo/subcov-interceptor.jar", "/repo/jacoco.jar", "/m/config"), "maven-1");
    private final ForkedLaunches launches = new ForkedLaunches();

    @Test
    void aLaunchInAMojoOfAPreparedModuleGetsTheAgent() {
        launches.enter(module);

        assertTrue(javaToolOptions(launches.apply(shell())).contains("-javaagent:/repo/subcov-interceptor.jar"));
    }

    @Test
    void launchesOutsideSuchAMojoAreLeftAlone() {
        assertNull(launches.apply(shell()), "before any mojo");
        launches.enter(null);
        assertNull(launches.apply(shell()), "in a module whose prepare did not run");
        launches.leave();
        launches.enter(module);
        launches.leave();
        assertNull(launches.apply(shell()), "after the mojo");
    }

    @Test
    void aForkedLifecycleInsideAMojoLeavesItsScopeAsItWas() {
        launches.enter(module);
        launches.enter(module);
        launches.leave();

        assertNotNull(launches.apply(shell()), "the outer mojo still runs");
    }

    @Test
    void aThreadTheMojoStartsCarriesItsModule() throws Exception {
        launches.enter(module);
        AtomicReference<Object[]> fromThread = new AtomicReference<>();
        Thread pump = new Thread(() -> fromThread.set(launches.apply(shell())));
        pump.start();
        pump.join();

        assertNotNull(fromThread.get());
    }

    @Test
    void aLaunchThatNamesACoverageAgentIsLeftAlone() {
        launches.enter(module);

        assertNull(launches.apply(new Object[] {new String[] {"/bin/sh", "-c",
            "java -javaagent:/repo/subcov-interceptor-boot-1.jar=config=/m/config -cp x Test"}, null}));
    }

    private static Object[] shell() {
        return new Object[] {new String[] {"/bin/sh", "-c", "true"}, null};
    }

    @SuppressWarnings("unchecked")
    private static String javaToolOptions(Object[] launch) {
        return ((Map<String, String>) launch[1]).get(LaunchRewriter.JAVA_TOOL_OPTIONS);
    }
}
