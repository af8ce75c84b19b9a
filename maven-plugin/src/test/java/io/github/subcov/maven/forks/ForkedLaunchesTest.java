package io.github.subcov.maven.forks;

import io.github.subcov.interceptor.data.DataFormat;
import io.github.subcov.interceptor.data.ProcessIdentity;
import io.github.subcov.interceptor.hook.LaunchHook;
import io.github.subcov.interceptor.launch.AgentFlags;
import io.github.subcov.interceptor.launch.LaunchRewriter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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
    private static final String STEP = "exec-maven-plugin:exec (run-tool) @ app";

    @Test
    void aLaunchInAMojoOfAPreparedModuleGetsTheAgent() {
        enter(module);

        assertTrue(javaToolOptions(launches.apply(shell())).contains("-javaagent:/repo/subcov-interceptor.jar"));
    }

    @Test
    void launchesOutsideSuchAMojoAreLeftAlone() {
        assertNull(launches.apply(shell()), "before any mojo");
        enter(null);
        assertNull(launches.apply(shell()), "in a module whose prepare did not run");
        launches.leave();
        enter(module);
        launches.leave();
        assertNull(launches.apply(shell()), "after the mojo");
    }

    @Test
    void aForkedLifecycleInsideAMojoLeavesItsScopeAsItWas() {
        enter(module);
        enter(module);
        launches.leave();

        assertNotNull(launches.apply(shell()), "the outer mojo still runs");
    }

    @Test
    void aThreadTheMojoStartsCarriesItsModule() throws Exception {
        enter(module);
        AtomicReference<Object[]> fromThread = new AtomicReference<>();
        Thread pump = new Thread(() -> fromThread.set(launches.apply(shell())));
        pump.start();
        pump.join();

        assertNotNull(fromThread.get());
    }

    @Test
    void aLaunchThatNamesACoverageAgentKeepsItsCommandAndEnvironment() {
        enter(module);
        String[] surefire = {"/bin/sh", "-c", "java -javaagent:/repo/subcov-interceptor-boot-1.jar=config=/m/config -cp x Test"};
        Map<String, String> environment = Map.of("PATH", "/bin");

        Object[] launch = launches.apply(new Object[] {surefire, environment});

        assertSame(surefire, launch[0]);
        assertSame(environment, launch[1]);
    }

    @Test
    void inAMavenThatACoveredBuildForkedALaunchWithItsOwnAgentLosesWhatThatBuildHandedDown() {
        enter(module);
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
            enter(prepared);
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

    @Test
    void theChildOfAMojosLaunchGetsItsBuildStepRecordedUnderItsPid(@TempDir Path data) throws Exception {
        List<String> warnings = new ArrayList<>();
        launches.enter(module, new BuildStepRecorder(data.toFile(), "maven-1", warnings::add), STEP);
        long before = System.currentTimeMillis();

        Process child = startThroughTheHook(shell());

        File[] records = data.toFile().listFiles();
        assertEquals(1, records.length);
        String name = records[0].getName();
        String prefix = ProcessIdentity.hostName() + "-" + child.pid() + "-";
        assertTrue(name.startsWith(prefix) && name.endsWith(DataFormat.BUILD_STEP_SUFFIX), name);
        long startMillis = Long.parseLong(name.substring(prefix.length(), name.length() - DataFormat.BUILD_STEP_SUFFIX.length()));
        assertTrue(startMillis >= before && startMillis <= System.currentTimeMillis(), name);
        String record = Files.readString(records[0].toPath());
        assertTrue(record.contains("\"buildStep\": \"" + STEP + "\""), record);
        assertTrue(record.contains("\"maven\": \"maven-1\""), record);
        assertEquals(List.of(), warnings);
    }

    @Test
    void aLaunchThatNamesACoverageAgentGetsItsBuildStepRecordedToo(@TempDir Path data) throws Exception {
        launches.enter(module, new BuildStepRecorder(data.toFile(), "maven-1", null), STEP);

        startThroughTheHook(new Object[] {new String[] {"/bin/sh", "-c", "true -javaagent:/repo/subcov-interceptor-boot-1.jar=config=/m/config"}, null});

        assertEquals(1, data.toFile().listFiles().length);
    }

    @Test
    void aLaunchOutsideAMojoOfAPreparedModuleRecordsNoStep(@TempDir Path data) throws Exception {
        startThroughTheHook(shell());
        launches.enter(null, null, STEP);
        startThroughTheHook(shell());

        assertEquals(0, data.toFile().listFiles().length);
    }

    @Test
    void aRecordThatCannotBeWrittenCostsOneWarningInTheBuildAndNeverTheLaunch(@TempDir Path data) throws Exception {
        File notADirectory = Files.writeString(data.resolve("subcov"), "a file").toFile();
        List<String> warnings = new ArrayList<>();
        launches.enter(module, new BuildStepRecorder(notADirectory, "maven-1", warnings::add), STEP);

        Process first = startThroughTheHook(shell());
        Process second = startThroughTheHook(shell());

        assertEquals(0, first.waitFor());
        assertEquals(0, second.waitFor());
        assertEquals(1, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).startsWith("subcov: could not record in " + notADirectory + " that " + STEP
                + " started a process ("), warnings.get(0));
    }

    @AfterEach
    void leaveNoHook() {
        LaunchHook.install(null, null);
        LaunchHook.leaveTo(null);
        BuildStepRecorder.sessionEnded();
    }

    private void enter(LaunchRewriter rewriter) {
        launches.enter(rewriter, null, null);
    }

    /** What the advice in {@code ProcessImpl.start} does around the JDK's launch. */
    private Process startThroughTheHook(Object[] launch) throws Exception {
        Object[] started = mavenHook(launch);
        @SuppressWarnings("unchecked")
        Map<String, String> environment = (Map<String, String>) started[1];
        ProcessBuilder builder = new ProcessBuilder((String[]) started[0]);
        if (environment != null) {
            builder.environment().clear();
            builder.environment().putAll(environment);
        }
        Process child = builder.start();
        assertNull(new ForkedLaunches.Started(launches).apply(new Object[] {child}));
        return child;
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
