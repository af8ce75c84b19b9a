package io.github.subcov.maven.forks;

import io.github.subcov.interceptor.launch.AgentFlags;
import io.github.subcov.interceptor.launch.LaunchRewriter;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ForkedMavenTest {

    private static final String TOOL = LaunchRewriter.JAVA_TOOL_OPTIONS;
    private static final String MAVEN_OPTS = ForkedMaven.MAVEN_OPTS;
    private static final AgentFlags FLAGS = new AgentFlags("/repo/subcov-interceptor.jar", "/repo/jacoco.jar", "/m/config");
    private static final String FLAGS_TEXT = String.join(" ", FLAGS.forChildOf("maven-1", false));
    /** How maven-invoker-plugin starts an IT's Maven, through maven-shared-utils. */
    private static final String[] INVOKER = {"/bin/sh", "-c",
        "cd '/w/target/it/it-one' && '/opt/maven/bin/mvn' '-B' '-D' 'maven.repo.local=/w/target/it-repo' 'verify'"};

    private final LaunchRewriter rewriter = new LaunchRewriter(FLAGS, "maven-1");

    @Test
    void mavensLauncherScriptsAreKnownAsTheProgramOrAsWhatAShellRuns() {
        for (String[] command : List.of(INVOKER, new String[] {"/opt/maven/bin/mvn", "-B", "verify"},
                new String[] {"./mvnw", "verify"}, new String[] {"mvnDebug"}, new String[] {"/bin/bash", "-c", "exec mvn -q"},
                new String[] {"sh", "-c", "cd \"/w/my it\" && \"/opt/maven 3/bin/mvn\" verify"})) {
            assertTrue(ForkedMaven.runsMaven(command), String.join(" ", command));
        }
        for (String[] command : List.of(new String[] {"/bin/sh", "-c", "java -jar app.jar"},
                new String[] {"/bin/sh", "-c", "cd /w && make mvn"}, new String[] {"/bin/sh", "mvn"},
                new String[] {"/opt/mvn-tools/bin/run"}, new String[] {"cmd.exe", "/c", "mvn verify"}, new String[] {})) {
            assertFalse(ForkedMaven.runsMaven(command), String.join(" ", command));
        }
    }

    @Test
    void subcovsOptionsGoToTheEndOfMavenOptsAndLeaveJavaToolOptions() {
        Map<String, String> given = Map.of("PATH", "/bin", MAVEN_OPTS, "-Xmx1g", TOOL, "-Dk=v");

        Map<String, String> forked = ForkedMaven.throughMavenOpts(coveredByTheRewriter(given), rewriter);

        assertEquals(Map.of("PATH", "/bin", MAVEN_OPTS, "-Xmx1g " + FLAGS_TEXT, TOOL, "-Dk=v"), forked);
    }

    @Test
    void withoutOptionsOfTheUsersEachVariableHoldsOnlyWhatItNeeds() {
        Map<String, String> forked = ForkedMaven.throughMavenOpts(coveredByTheRewriter(Map.of("PATH", "/bin")), rewriter);

        assertEquals(Map.of("PATH", "/bin", MAVEN_OPTS, FLAGS_TEXT), forked);
    }

    @Test
    void whatAnOuterBuildHandedDownLeavesBothVariables() {
        AgentFlags outer = new AgentFlags("/outer/subcov-interceptor.jar", "/outer/jacoco.jar", "/outer/config");
        String outerPart = String.join(" ", outer.forChildOf("maven-9", false));
        Map<String, String> given = Map.of(MAVEN_OPTS, "-Xmx1g " + outerPart, TOOL, outerPart);

        Map<String, String> forked = ForkedMaven.throughMavenOpts(coveredByTheRewriter(given), rewriter);

        assertEquals(Map.of(MAVEN_OPTS, "-Xmx1g " + FLAGS_TEXT), forked);
    }

    @Test
    void anOptionThatTheScriptWouldSplitOrExpandStaysInJavaToolOptions() {
        LaunchRewriter spaced = new LaunchRewriter(
                new AgentFlags("/home/ann lee/.m2/subcov-interceptor.jar", "/repo/jacoco.jar", "/m/config"), "maven-1");
        Map<String, String> covered = coveredBy(spaced, Map.of("PATH", "/bin"));

        assertSame(covered, ForkedMaven.throughMavenOpts(covered, spaced));
    }

    @Test
    void anInvokersMavenIsCoveredThroughMavenOptsInAPreparedModule() {
        ForkedLaunches launches = new ForkedLaunches();
        launches.enter(rewriter, null, null);

        Object[] launch = launches.apply(new Object[] {INVOKER, new HashMap<>(Map.of("PATH", "/bin"))});

        assertSame(INVOKER, launch[0]);
        assertEquals(Map.of("PATH", "/bin", MAVEN_OPTS, FLAGS_TEXT), launch[1]);
    }

    private Map<String, String> coveredByTheRewriter(Map<String, String> given) {
        return coveredBy(rewriter, given);
    }

    private static Map<String, String> coveredBy(LaunchRewriter rewriter, Map<String, String> given) {
        return rewriter.rewrite(List.of(INVOKER), given, Map.of()).environment();
    }
}
