package io.github.subcov.maven.forks;

import io.github.subcov.interceptor.hook.LaunchHook;
import io.github.subcov.interceptor.launch.AgentFlags;
import io.github.subcov.interceptor.launch.LaunchRewriter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ForkedLaunchesTest {

    /** The build whose Maven forked this one, as the invoker does: its agent is in this JVM. */
    private static final AgentFlags OUTER_BUILD =
            new AgentFlags("/outer/repo/subcov-interceptor.jar", "/outer/repo/jacoco.jar", "/outer/config");

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
    void aLaunchThatNamesACoverageAgentKeepsItsCommandAndEnvironment() {
        launches.enter(module);
        String[] surefire = {"/bin/sh", "-c", "java -javaagent:/repo/subcov-interceptor-boot-1.jar=config=/m/config -cp x Test"};
        Map<String, String> environment = Map.of("PATH", "/bin");

        Object[] launch = launches.apply(new Object[] {surefire, environment});

        assertSame(surefire, launch[0]);
        assertSame(environment, launch[1]);
    }

    @Test
    void inAMavenThatACoveredBuildForkedALaunchWithItsOwnAgentLosesWhatThatBuildHandedDown() {
        launches.enter(module);
        String[] surefire = {"/bin/sh", "-c", "java -javaagent:/repo/subcov-interceptor-boot-1.jar=config=/m/config -cp x Test"};

        Object[] launch = launches.apply(new Object[] {surefire, forkedMavensEnvironment()});

        assertSame(surefire, launch[0]);
        assertEquals(Map.of("PATH", "/bin"), launch[1]);
    }

    /**
     * A Maven that a covered build forked carries that build's agent, whose hook sees every launch
     * of this JVM beside this build's: the JDK calls the two in an order of its own.
     */
    @Test
    void whicheverHookRunsFirstAPreparedModulesLaunchIsThisBuildsAloneAndAnyOtherTheOuterBuilds() {
        LaunchHook.install(new LaunchRewriter(OUTER_BUILD, "vm-3-forked"), null);
        LaunchHook.leaveTo(launches::decides);
        List<String[]> commands = List.of(new String[] {"java", "-cp", "x", "Tool"}, new String[] {"/bin/sh", "-c", "mvn verify"},
            new String[] {"/bin/sh", "-c", "java -javaagent:/repo/subcov-interceptor-boot-1.jar=config=/m/config Test"});

        for (LaunchRewriter prepared : Arrays.asList(module, null)) {
            launches.enter(prepared);
            for (String[] command : commands) {
                Object[] given = {command, forkedMavensEnvironment()};
                Object[] thisBuildFirst = agentHook(mavenHook(given));
                Object[] outerBuildFirst = mavenHook(agentHook(given));

                Object[] alone = prepared != null ? mavenHook(given) : agentHook(given);
                assertEquals(List.of((String[]) alone[0]), List.of((String[]) thisBuildFirst[0]));
                assertEquals(List.of((String[]) alone[0]), List.of((String[]) outerBuildFirst[0]));
                assertEquals(alone[1], thisBuildFirst[1]);
                assertEquals(alone[1], outerBuildFirst[1]);
                String agents = String.join(" ", (String[]) alone[0]) + " " + alone[1];
                // a shell that names its own agent is left to it by either build
                boolean ownAgent = String.join(" ", command).contains("-javaagent:");
                assertEquals(prepared == null && !ownAgent, agents.contains("config=/outer/config"), agents);
                assertFalse(prepared == null && agents.contains("parent=maven-1"), agents);
            }
            launches.leave();
        }
    }

    @AfterEach
    void leaveNoHook() {
        LaunchHook.install(null, null);
        LaunchHook.leaveTo(null);
    }

    private Object[] mavenHook(Object[] launch) {
        Object[] rewritten = launches.apply(launch);
        return rewritten == null ? launch : rewritten;
    }

    private static Object[] agentHook(Object[] launch) {
        @SuppressWarnings("unchecked")
        Map<String, String> environment = (Map<String, String>) launch[1];
        return LaunchHook.rewrite((String[]) launch[0], environment);
    }

    /** What the invoker hands its forked Maven's children: that Maven's environment, with the outer build's part. */
    private static Map<String, String> forkedMavensEnvironment() {
        Map<String, String> environment = new HashMap<>();
        environment.put("PATH", "/bin");
        environment.put(LaunchRewriter.JAVA_TOOL_OPTIONS, String.join(" ", OUTER_BUILD.forChildOf("maven-2", false)));
        return environment;
    }

    private static Object[] shell() {
        return new Object[] {new String[] {"/bin/sh", "-c", "true"}, null};
    }

    @SuppressWarnings("unchecked")
    private static String javaToolOptions(Object[] launch) {
        return ((Map<String, String>) launch[1]).get(LaunchRewriter.JAVA_TOOL_OPTIONS);
    }
}
