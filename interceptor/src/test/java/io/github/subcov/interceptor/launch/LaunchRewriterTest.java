package io.github.subcov.interceptor.launch;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LaunchRewriterTest {

    static final String INTERCEPTOR = "/m2/subcov-interceptor-0.1.0.jar";
    static final String CONFIG = "/project/target/subcov/agent.properties";
    static final String JACOCO = "/m2/org.jacoco.agent-0.8.15-runtime.jar";
    static final AgentFlags FLAGS = new AgentFlags(INTERCEPTOR, JACOCO, CONFIG);
    static final String ME = "host-100-me";

    private final LaunchRewriter rewriter = new LaunchRewriter(FLAGS, ME);
    private final List<String> mine = FLAGS.forChildOf(ME, true);
    /** For a child whose options subcov cannot all see: JaCoCo's jar stays off the boot class path. */
    private final List<String> mineUnseen = FLAGS.forChildOf(ME, false);
    /** What a shell child of an earlier covered JVM handed down to this one. */
    private final String handedDown = JvmOptionsText.append(null, FLAGS.forChildOf("host-1-grandparent", true));

    /** Another build's subcov, whose Maven forked this JVM's (the invoker's Maven): what it handed down. */
    static final String OUTER_BUILD_INTERCEPTOR = "/outer/m2/subcov-interceptor-0.1.0.jar";
    static final AgentFlags OUTER_BUILD = new AgentFlags(OUTER_BUILD_INTERCEPTOR, JACOCO,
            "/outer/plugin/target/subcov-agent.properties");
    private final String outerBuilds = JvmOptionsText.append(null, OUTER_BUILD.forChildOf("maven-7", false));

    private static final String TOOL = LaunchRewriter.JAVA_TOOL_OPTIONS;
    private static final Map<String, String> NOTHING = Map.of("PATH", "/usr/bin");

    private List<String> withMine(String program, String... args) {
        return with(mine, program, args);
    }

    private List<String> withMineUnseen(String program, String... args) {
        return with(mineUnseen, program, args);
    }

    private static List<String> with(List<String> flags, String program, String... args) {
        List<String> command = new ArrayList<>();
        command.add(program);
        command.addAll(flags);
        command.addAll(List.of(args));
        return command;
    }

    private Launch inherit(List<String> command, Map<String, String> environment) {
        return rewriter.rewrite(command, null, environment);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/usr/lib/jvm/java-17/bin/java", "java", "/opt/jdk 21/bin/java", "C:\\jdk\\bin\\java.exe",
            "javaw.exe", "JAVA.EXE", "C:\\Program Files\\Java\\bin\\javaw", "./java"})
    void javaLauncherGetsTheFlagsRightAfterTheProgram(String program) {
        Launch launch = inherit(List.of(program, "-cp", "x", "Main", "arg"), NOTHING);

        assertEquals(withMine(program, "-cp", "x", "Main", "arg"), launch.command());
        assertNull(launch.environment());
    }

    @Test
    void childrenThatInheritShareOneRewrittenEnvironment() {
        Map<String, String> inherited = Map.of("PATH", "/usr/bin", TOOL, "-Xmx1g");

        Launch first = inherit(List.of("/bin/sh", "-c", "java Main"), inherited);
        Launch second = inherit(List.of("/usr/bin/make", "test"), inherited);

        assertEquals("-Xmx1g " + String.join(" ", mineUnseen), first.environment().get(TOOL));
        assertSame(first.environment(), second.environment(), "worked out once for every child that inherits");
    }

    @Test
    void explicitEnvironmentIsReadAtEveryLaunch() {
        Map<String, String> explicit = new HashMap<>(Map.of("PATH", "/usr/bin"));
        Launch before = rewriter.rewrite(List.of("/bin/sh"), explicit, NOTHING);
        explicit.put(TOOL, "-Xmx2g");

        Launch after = rewriter.rewrite(List.of("/bin/sh"), explicit, NOTHING);

        assertEquals(String.join(" ", mineUnseen), before.environment().get(TOOL));
        assertEquals("-Xmx2g " + String.join(" ", mineUnseen), after.environment().get(TOOL));
    }

    @Test
    void jarAndArgfileAndModuleLaunchesGetTheFlagsFirst() {
        assertEquals(withMine("java", "-jar", "app.jar", "-version"), inherit(List.of("java", "-jar", "app.jar", "-version"), NOTHING).command());
        assertEquals(withMineUnseen("java", "@argfile", "Main"), inherit(List.of("java", "@argfile", "Main"), NOTHING).command());
        assertEquals(withMine("java", "-m", "app/app.Main", "-version"),
                inherit(List.of("java", "-m", "app/app.Main", "-version"), NOTHING).command());
        assertEquals(withMine("java", "--module=app/app.Main", "-version"),
                inherit(List.of("java", "--module=app/app.Main", "-version"), NOTHING).command());
    }

    @Test
    void argumentsOfTheProgramAreNotLauncherOptions() {
        List<String> command = List.of("java", "-cp", "lib/jacocoagent.jar", "Main", "-javaagent:/x/jacocoagent.jar", "-version");
        assertEquals(withMine("java", "-cp", "lib/jacocoagent.jar", "Main", "-javaagent:/x/jacocoagent.jar", "-version"),
                inherit(command, NOTHING).command());
    }

    @ParameterizedTest
    @ValueSource(strings = {"-version", "--version", "-fullversion", "-help", "--help", "-?", "-X", "--list-modules"})
    void informationalLaunchIsUntouched(String option) {
        List<String> command = List.of("/usr/bin/java", "-Xmx1g", option);
        Launch launch = inherit(command, NOTHING);
        assertSame(command, launch.command());
        assertNull(launch.environment());
    }

    @ParameterizedTest
    @ValueSource(strings = {"-javaagent:/x/jacocoagent.jar", "-javaagent:/x/org.jacoco.agent-0.8.12-runtime.jar=destfile=a.exec",
            "-javaagent:" + JACOCO + "=output=none", "-javaagent:/y/subcov-interceptor-0.0.9.jar=config=/z"})
    void commandWithACoverageAgentIsUntouched(String agent) {
        List<String> command = List.of("java", "-Xmx1g", agent, "-cp", "x", "Main");
        Launch launch = inherit(command, NOTHING);
        assertSame(command, launch.command());
        assertNull(launch.environment());
    }

    @Test
    void userJacocoAgentInToolOptionsLeavesJavaAndShellUntouched() {
        Map<String, String> environment = Map.of(TOOL, "-Xmx1g \"-javaagent:/opt/ja coco/jacocoagent.jar=output=none\"");
        for (List<String> command : List.of(List.of("java", "Main"), List.of("sh", "-c", "java Main"))) {
            Launch launch = inherit(command, environment);
            assertSame(command, launch.command());
            assertNull(launch.environment());
            Launch explicit = rewriter.rewrite(command, new HashMap<>(environment), NOTHING);
            assertSame(command, explicit.command());
            assertNull(explicit.environment());
        }
    }

    @Test
    void userAgentFromSubcovsOwnJacocoJarIsTheUsersAndStays() {
        String user = "-javaagent:" + JACOCO + "=destfile=target/jacoco-it.exec";
        for (List<String> command : List.of(List.of("java", "Main"), List.of("sh", "-c", "java Main"))) {
            Launch launch = inherit(command, Map.of(TOOL, user));
            assertSame(command, launch.command());
            assertNull(launch.environment());
        }
    }

    @Test
    void userAgentInToolOptionsBelowAShellKeepsOnlyTheUsersPart() {
        // a JVM under a shell got subcov's part; its code then adds an agent of its own for its child
        Map<String, String> explicit = new HashMap<>(Map.of(TOOL, handedDown + " -javaagent:/x/jacocoagent.jar"));
        for (List<String> command : List.of(List.of("java", "Main"), List.of("sh", "-c", "java Main"))) {
            Launch launch = rewriter.rewrite(command, explicit, Map.of(TOOL, handedDown));
            assertSame(command, launch.command());
            assertEquals(Map.of(TOOL, "-javaagent:/x/jacocoagent.jar"), launch.environment());
        }
    }

    @Test
    void userJacocoAgentInJdkJavaOptionsLeavesJavaAndShellUntouched() {
        Map<String, String> environment = Map.of(LaunchRewriter.JDK_JAVA_OPTIONS, "-javaagent:/x/jacocoagent.jar");
        for (List<String> command : List.of(List.of("java", "Main"), List.of("sh", "-c", "java Main"))) {
            Launch launch = inherit(command, environment);
            assertSame(command, launch.command());
            assertNull(launch.environment());
        }
    }

    @Test
    void shellScriptWithItsOwnJacocoAgentStillGetsTheInterceptor() {
        // the rewriter cannot see into a script; the interceptor in the JVM below finds the
        // script's JaCoCo agent on its command line and starts no second one
        List<String> command = List.of("sh", "-c", "java -javaagent:/x/jacocoagent.jar=destfile=it.exec -cp x Main");
        Launch launch = inherit(command, NOTHING);

        assertSame(command, launch.command());
        assertEquals(String.join(" ", mineUnseen), launch.environment().get(TOOL));
    }

    @Test
    void shellWhoseCommandNamesASubcovAgentOfItsOwnIsLeftToThatAgent() {
        // Surefire's fork in a Maven whose own prepare could not hook it: the test JVM is that build's
        List<String> surefire = List.of("/bin/sh", "-c", "cd /w && '/jdk/bin/java' '-javaagent:/w/repo/subcov-interceptor-boot-1.jar=config=/w/target/subcov-agent.properties' -jar booter.jar");

        Launch fromForkedMaven = inherit(surefire, Map.of(TOOL, "-Dk=v " + outerBuilds));
        Launch plain = inherit(surefire, NOTHING);

        assertSame(surefire, fromForkedMaven.command());
        assertEquals(Map.of(TOOL, "-Dk=v"), fromForkedMaven.environment());
        assertSame(surefire, plain.command());
        assertNull(plain.environment());
    }

    @Test
    void argumentFileMayHoldAJacocoAgentAndTheChildStillGetsTheInterceptor() {
        // the launcher expands @files, the rewriter does not read them: the interceptor decides at start
        List<String> command = List.of("java", "@/tmp/jacoco args.txt", "-cp", "x", "Main");
        assertEquals(withMineUnseen("java", "@/tmp/jacoco args.txt", "-cp", "x", "Main"), inherit(command, NOTHING).command());
    }

    @Test
    void jacocoJarJoinsTheBootClassPathOnlyWhereEveryOptionOfTheChildIsInSight() {
        assertEquals(withMine("java", "-cp", "x", "Main", "@notes.txt"),
                inherit(List.of("java", "-cp", "x", "Main", "@notes.txt"), NOTHING).command(), "a program argument");
        assertEquals(withMineUnseen("java", "-cp", "x", "@more.txt", "Main"),
                inherit(List.of("java", "-cp", "x", "@more.txt", "Main"), NOTHING).command());
        assertEquals(withMineUnseen("java", "Main"),
                inherit(List.of("java", "Main"), Map.of(LaunchRewriter.JDK_JAVA_OPTIONS, "-ea @/etc/jvm.txt")).command());
        assertEquals(withMineUnseen("java", "Main"), inherit(List.of("java", "Main"),
                Map.of(LaunchRewriter.UNDERSCORE_JAVA_OPTIONS, "-javaagent:/opt/jacoco-0.8.7/jacocoagent.jar")).command());
        assertEquals(withMine("java", "Main"),
                inherit(List.of("java", "Main"), Map.of(LaunchRewriter.UNDERSCORE_JAVA_OPTIONS, "-Xmx1g")).command());
    }

    @Test
    void subcovNeverPutsAJacocoAgentOnACommandOrIntoTheEnvironment() {
        for (List<String> command : List.of(List.of("java", "Main"), List.of("sh", "-c", "java Main"))) {
            Launch launch = rewriter.rewrite(command, new HashMap<>(), Map.of(TOOL, handedDown));
            List<String> options = new ArrayList<>(launch.command());
            if (launch.environment() != null && launch.environment().get(TOOL) != null) {
                JvmOptionsText.tokens(launch.environment().get(TOOL)).forEach(t -> options.add(t.value));
            }
            assertFalse(options.stream().anyMatch(AgentFlags::isJacocoAgent), options::toString);
        }
    }

    @Test
    void shellGetsTheFlagsAppendedToTheUsersToolOptions() {
        List<String> command = List.of("sh", "-c", "java -cp x Main");
        Launch launch = inherit(command, Map.of(TOOL, "-Xmx77m -Dk=v", "PATH", "/bin"));

        assertSame(command, launch.command());
        assertEquals(Map.of(TOOL, "-Xmx77m -Dk=v " + String.join(" ", mineUnseen), "PATH", "/bin"), launch.environment());
    }

    @ParameterizedTest
    @ValueSource(strings = {"sh", "/bin/bash", "./gradlew", "mvn", "python3", "make", "jshell", "java.sh",
            "java-wrapper", "cmd.exe"})
    void anyOtherProgramGetsTheFlagsInToolOptions(String program) {
        Launch launch = inherit(List.of(program, "-x"), NOTHING);

        assertEquals(List.of(program, "-x"), launch.command());
        assertEquals(String.join(" ", mineUnseen), launch.environment().get(TOOL));
        assertEquals("/usr/bin", launch.environment().get("PATH"));
    }

    @Test
    void clearedEnvironmentStillGetsTheFlagsForAShell() {
        Launch launch = rewriter.rewrite(List.of("sh", "-c", "java Main"), new HashMap<>(), NOTHING);
        assertEquals(Map.of(TOOL, String.join(" ", mineUnseen)), launch.environment());
    }

    @Test
    void clearedEnvironmentLeavesTheEnvironmentOfAJavaChildAlone() {
        Map<String, String> cleared = new HashMap<>();
        Launch launch = rewriter.rewrite(List.of("java", "Main"), cleared, Map.of(TOOL, handedDown));
        assertEquals(withMine("java", "Main"), launch.command());
        assertNull(launch.environment());
        assertTrue(cleared.isEmpty());
    }

    @Test
    void handedDownFlagsAreTakenOutForAJavaChildAndTheVariableGoesWhenNothingElseWasInIt() {
        Launch launch = inherit(List.of("java", "Main"), Map.of(TOOL, handedDown, "PATH", "/bin"));

        assertEquals(withMine("java", "Main"), launch.command());
        assertEquals(Map.of("PATH", "/bin"), launch.environment());
    }

    @Test
    void handedDownFlagsAreTakenOutAndTheUsersPartStaysByteForByte() {
        String user = " -Xmx77m\t'-Dk=v w'  ";
        Launch launch = inherit(List.of("java", "Main"), Map.of(TOOL, JvmOptionsText.append(user, FLAGS.forChildOf("g", true))));

        assertEquals(withMine("java", "Main"), launch.command());
        assertEquals(user, launch.environment().get(TOOL));
    }

    @Test
    void handedDownFlagsAreTakenOutAlsoForAnInformationalJavaChild() {
        List<String> command = List.of("java", "-version");
        Launch launch = inherit(command, Map.of(TOOL, "-Dk=v " + handedDown));

        assertSame(command, launch.command());
        assertEquals(Map.of(TOOL, "-Dk=v"), launch.environment());
    }

    @Test
    void shellChildGetsItsParentsFlagsInsteadOfTheHandedDownOnes() {
        Launch launch = inherit(List.of("sh", "script.sh"), Map.of(TOOL, "-Dk=v " + handedDown));

        assertEquals("-Dk=v " + String.join(" ", mineUnseen), launch.environment().get(TOOL));
        assertEquals(List.of("-Dk=v", mineUnseen.get(0), mineUnseen.get(1)),
                JvmOptionsText.tokens(launch.environment().get(TOOL)).stream().map(t -> t.value).collect(Collectors.toList()));
    }

    @Test
    void partAnotherBuildHandedDownIsNotTheUsersAgentAndTheChildrenGetThisBuildsFlagsInstead() {
        Map<String, String> forkedMaven = Map.of(TOOL, outerBuilds, "PATH", "/bin");

        Launch java = inherit(List.of("java", "Main"), forkedMaven);
        Launch shell = inherit(List.of("sh", "-c", "java Main"), forkedMaven);

        assertEquals(withMine("java", "Main"), java.command());
        assertEquals(Map.of("PATH", "/bin"), java.environment());
        assertEquals(Map.of(TOOL, String.join(" ", mineUnseen), "PATH", "/bin"), shell.environment());
    }

    @Test
    void partAnotherBuildHandedDownLeavesTheUsersOptionsByteForByte() {
        String user = "-Xmx77m '-Dk=v w'";
        Map<String, String> explicit = Map.of(TOOL, JvmOptionsText.append(user,
                new AgentFlags(OUTER_BUILD_INTERCEPTOR, JACOCO, "/boot-5e/subcov-interceptor-boot-5e.jar", "/o").forChildOf("x", true)));

        assertEquals(user, rewriter.rewrite(List.of("java", "Main"), explicit, NOTHING).environment().get(TOOL));
        assertEquals(JvmOptionsText.append(user, mineUnseen),
                rewriter.rewrite(List.of("sh", "-c", "java Main"), explicit, NOTHING).environment().get(TOOL));
    }

    @Test
    void usersOwnAgentFromAnotherSubcovJarStaysTheUsers() {
        // only subcov writes a parent into the interceptor's argument: without one the agent is the user's
        Map<String, String> environment = Map.of(TOOL, "-javaagent:" + OUTER_BUILD_INTERCEPTOR + "=config=/x");
        for (List<String> command : List.of(List.of("java", "Main"), List.of("sh", "-c", "java Main"))) {
            Launch launch = inherit(command, environment);
            assertSame(command, launch.command());
            assertNull(launch.environment());
        }
    }

    @Test
    void launchWithItsOwnAgentKeepsItsCommandAndLosesEverySubcovPartOfTheEnvironment() {
        List<String> surefire = List.of("/bin/sh", "-c", "java -javaagent:/x/subcov-interceptor-boot-1.jar=config=/c Test");

        Launch fromForkedMaven = rewriter.withItsOwnAgent(surefire, null, Map.of(TOOL, "-Dk=v " + outerBuilds));
        Launch fromCoveredJvm = rewriter.withItsOwnAgent(surefire, Map.of(TOOL, handedDown), NOTHING);
        Launch plain = rewriter.withItsOwnAgent(surefire, null, NOTHING);

        assertSame(surefire, fromForkedMaven.command());
        assertEquals(Map.of(TOOL, "-Dk=v"), fromForkedMaven.environment());
        assertEquals(Map.of(), fromCoveredJvm.environment());
        assertSame(surefire, plain.command());
        assertNull(plain.environment());
    }

    @Test
    void explicitEnvironmentThatNeedsNoChangeStandsAsTheCallerGaveIt() {
        Map<String, String> explicit = Collections.unmodifiableMap(new HashMap<>(Map.of(TOOL, "-Dk=v")));
        Launch launch = rewriter.rewrite(List.of("java", "Main"), explicit, Map.of(TOOL, handedDown));
        assertEquals(withMine("java", "Main"), launch.command());
        assertNull(launch.environment());
    }

    @Test
    void callersMapIsNeverChanged() {
        Map<String, String> explicit = Collections.unmodifiableMap(new HashMap<>(Map.of(TOOL, "-Dk=v " + handedDown)));
        Launch java = rewriter.rewrite(List.of("java", "Main"), explicit, NOTHING);
        Launch shell = rewriter.rewrite(List.of("sh"), explicit, NOTHING);
        assertEquals("-Dk=v", java.environment().get(TOOL));
        assertEquals("-Dk=v " + String.join(" ", mineUnseen), shell.environment().get(TOOL));
        assertEquals("-Dk=v " + handedDown, explicit.get(TOOL));
    }

    @Test
    void emptyCommandIsUntouched() {
        Launch launch = inherit(List.of(), NOTHING);
        assertEquals(List.of(), launch.command());
        assertNull(launch.environment());
    }

    @Test
    void pathsWithSpacesQuotesAndNonAsciiAreQuotedAndReadBackIdentical() {
        AgentFlags awkward = new AgentFlags("/home/J\u00fcrgen's \"files\"/sub cov/subcov-interceptor.jar",
                "/home/J\u00fcrgen's \"files\"/sub cov/org.jacoco.agent-runtime.jar",
                "/home/J\u00fcrgen's \"files\"/sub cov/target/subcov, \u5b57.properties");
        LaunchRewriter awkwardRewriter = new LaunchRewriter(awkward, ME);
        String user = "-Xmx77m '-Dk=v w'";

        Launch launch = awkwardRewriter.rewrite(List.of("sh", "-c", "java Main"), null, Map.of(TOOL, user));

        String tool = launch.environment().get(TOOL);
        List<String> read = JvmOptionsText.tokens(tool).stream().map(t -> t.value).collect(Collectors.toList());
        List<String> expected = new ArrayList<>(List.of("-Xmx77m", "-Dk=v w"));
        expected.addAll(awkward.forChildOf(ME, false));
        assertEquals(expected, read);
        assertEquals(user, awkwardRewriter.withoutOwn(tool));
        assertEquals(AgentArgument.format(ME, "/home/J\u00fcrgen's \"files\"/sub cov/target/subcov, \u5b57.properties"),
                read.get(3).substring(read.get(3).indexOf(".jar=") + 5));
    }

    @Test
    void withoutFlagsGivesTheOriginalCommandBack() {
        List<String> command = List.of("java", "-Dx=1", "-jar", "app.jar", "a b");
        assertEquals(command, rewriter.withoutFlags(inherit(command, NOTHING).command()));
    }

    @Test
    void withoutOwnKeepsNullAndForeignValues() {
        assertNull(rewriter.withoutOwn(null));
        String foreign = "-javaagent:/other/jacocoagent.jar -Dk=v";
        assertSame(foreign, rewriter.withoutOwn(foreign));
        assertEquals("", rewriter.withoutOwn(handedDown));
        assertFalse(rewriter.withoutOwn("-Da " + handedDown + " -Db").contains("javaagent"));
    }
}
