package io.github.subcov.interceptor.launch;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static io.github.subcov.interceptor.launch.LaunchRewriterTest.FLAGS;
import static io.github.subcov.interceptor.launch.LaunchRewriterTest.ME;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

/**
 * The JDK's tools and container or remote CLIs keep their command and see the environment they
 * would see without subcov, whether they inherit it or the caller hands one over.
 */
class LaunchRewriterLeftAloneTest {

    private static final String TOOL = LaunchRewriter.JAVA_TOOL_OPTIONS;
    /** What a shell child of an earlier covered JVM handed down to this one. */
    private static final String HANDED_DOWN = JvmOptionsText.append(null, FLAGS.forChildOf("host-1-grandparent", true));
    private static final String USER = " -Xmx77m\t'-Dk=v w' -Dfile.encoding=UTF-8";

    private final LaunchRewriter rewriter = new LaunchRewriter(FLAGS, ME);

    /** Every program on the list, bare and in directories, as callers name them. */
    static Stream<String> programs() {
        return Stream.of(ProgramsLeftAlone.names())
                .flatMap(name -> Stream.of(name, "/usr/bin/" + name, "/opt/my jdk 21/bin/" + name, "./" + name));
    }

    private static List<String> command(String program) {
        return List.of(program, "-version", "--name", "a b", "-J-Xmx64m");
    }

    @ParameterizedTest
    @MethodSource("programs")
    void inheritedEnvironmentWithoutSubcovsPartStaysInherited(String program) {
        List<String> command = command(program);
        Launch launch = rewriter.rewrite(command, null, Map.of("PATH", "/usr/bin", TOOL, USER));

        assertSame(command, launch.command());
        assertNull(launch.environment(), "the child inherits this JVM's environment as it is");
    }

    @ParameterizedTest
    @MethodSource("programs")
    void inheritedSubcovPartIsTakenOutAndTheVariableGoesWhenNothingElseWasInIt(String program) {
        List<String> command = command(program);
        Launch launch = rewriter.rewrite(command, null, Map.of("PATH", "/usr/bin", TOOL, HANDED_DOWN));

        assertSame(command, launch.command());
        assertEquals(Map.of("PATH", "/usr/bin"), launch.environment());
    }

    @ParameterizedTest
    @MethodSource("programs")
    void usersOwnToolOptionsStayByteForByteBesideAHandedDownPart(String program) {
        List<String> command = command(program);
        Launch launch = rewriter.rewrite(command, null, Map.of("PATH", "/usr/bin", TOOL, USER + " " + HANDED_DOWN));

        assertSame(command, launch.command());
        assertEquals(Map.of("PATH", "/usr/bin", TOOL, USER), launch.environment());
    }

    @ParameterizedTest
    @MethodSource("programs")
    void explicitEnvironmentStandsAsTheCallerGaveIt(String program) {
        List<String> command = command(program);
        for (Map<String, String> explicit : List.of(Map.<String, String>of(), Map.of(TOOL, USER), Map.of(TOOL, ""))) {
            Launch launch = rewriter.rewrite(command, explicit, Map.of(TOOL, HANDED_DOWN));

            assertSame(command, launch.command());
            assertNull(launch.environment(), explicit::toString);
        }
    }

    @Test
    void callersCopyOfAnEnvironmentWithAHandedDownPartLosesOnlyThatPart() {
        // ProcessBuilder.environment() and plexus-utils' Commandline copy this JVM's environment
        Map<String, String> copy = Collections.unmodifiableMap(new HashMap<>(Map.of("PATH", "/bin", TOOL, USER + " " + HANDED_DOWN)));
        Launch launch = rewriter.rewrite(List.of("/usr/lib/jvm/jdk-17/bin/javac", "-version"), copy, copy);

        assertEquals(Map.of("PATH", "/bin", TOOL, USER), launch.environment());
        assertEquals(USER + " " + HANDED_DOWN, copy.get(TOOL), "the caller's map is never changed");
    }

    @Test
    void usersOwnJacocoAgentStaysTheOnlyAgent() {
        String user = "\"-javaagent:/opt/ja coco/jacocoagent.jar=destfile=it.exec\" -Dk=v";
        Launch launch = rewriter.rewrite(List.of("docker", "run", "-e", TOOL, "img"), null, Map.of(TOOL, user + " " + HANDED_DOWN));

        assertEquals(Map.of(TOOL, user), launch.environment());
    }

    @Test
    void aJavaChildAfterwardsStillGetsTheFlagsAndAShellStillGetsThemInToolOptions() {
        Map<String, String> inherited = Map.of(TOOL, HANDED_DOWN);
        rewriter.rewrite(List.of("javac", "-version"), null, inherited);

        Launch java = rewriter.rewrite(List.of("java", "Main"), null, inherited);
        Launch shell = rewriter.rewrite(List.of("sh", "-c", "javac -version"), null, inherited);

        assertEquals("java", java.command().get(0));
        assertEquals(FLAGS.forChildOf(ME, true), java.command().subList(1, 3));
        assertEquals(String.join(" ", FLAGS.forChildOf(ME, false)), shell.environment().get(TOOL));
    }

    /** A wrapper is another program: it and everything it starts still get the flags. */
    @ParameterizedTest
    @ValueSource(strings = {"sudo docker run img", "sh -c docker run img", "env javac -version", "nice jar tf x.jar",
            "javac.sh", "javacc grammar.jj", "/usr/bin/dockerd", "jshell", "jdb -classpath x Main"})
    void wrappedFormsAndLookAlikesStillGetTheFlags(String line) {
        List<String> command = List.of(line.split(" "));
        Launch launch = rewriter.rewrite(command, null, Map.of("PATH", "/usr/bin"));

        assertSame(command, launch.command());
        assertEquals(String.join(" ", FLAGS.forChildOf(ME, false)), launch.environment().get(TOOL));
    }
}
