package io.github.subcov.interceptor.hook;

import io.github.subcov.interceptor.data.ProcessIdentity;
import io.github.subcov.interceptor.data.ProcessManifest;
import io.github.subcov.interceptor.launch.AgentFlags;
import io.github.subcov.interceptor.launch.LaunchRewriter;
import io.github.subcov.interceptor.launch.ProcessFilter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Whatever goes wrong while rewriting, the user's launch goes ahead as given and one warning is kept. */
class LaunchHookTest {

    private static final AgentFlags FLAGS = new AgentFlags("/m2/subcov-interceptor.jar", "/m2/org.jacoco.agent-runtime.jar",
            "/p/target/subcov.properties");
    private static final Pattern WARNINGS = Pattern.compile("\"warnings\": \\[(.*)]", Pattern.DOTALL);
    private static final Pattern JSON_STRING = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");

    @TempDir
    Path directory;

    private final ProcessManifest manifest = new ProcessManifest(ProcessIdentity.current("p"), 1L);

    @AfterEach
    void uninstall() {
        LaunchHook.install(null, null);
        LaunchHook.leaveTo(null);
    }

    @Test
    void rewriterThatFailsLeavesTheCommandAndEnvironmentAsGivenAndRecordsOneWarning() throws Exception {
        // a rewriter without flags fails as soon as it adds them to a java child
        LaunchHook.install(new LaunchRewriter(null, "me"), manifest::warn);
        String[] command = {"java", "-cp", "x", "Main"};
        Map<String, String> environment = new HashMap<>(Map.of("PATH", "/bin"));

        Object[] launch = LaunchHook.rewrite(command, environment);

        assertSame(command, launch[0]);
        assertArrayEquals(new String[] {"java", "-cp", "x", "Main"}, command);
        assertSame(environment, launch[1]);
        assertEquals(Map.of("PATH", "/bin"), environment);
        List<String> warnings = writtenWarnings();
        assertEquals(1, warnings.size(), warnings::toString);
        assertTrue(warnings.get(0).startsWith("left a launch unchanged: java.lang.NullPointerException"), warnings::toString);
        assertTrue(warnings.get(0).contains("[java, -cp, x, Main]"), warnings::toString);
    }

    @Test
    void nullElementInTheCommandLeavesItAsGivenAndRecordsOneWarning() throws Exception {
        LaunchHook.install(new LaunchRewriter(FLAGS, "me"), manifest::warn);
        String[] command = {"java", null, "Main"};

        Object[] launch = LaunchHook.rewrite(command, null);

        assertSame(command, launch[0]);
        assertNull(launch[1]);
        assertEquals(1, writtenWarnings().size());
    }

    @Test
    void launchAfterAFailureIsRewrittenAgain() throws Exception {
        LaunchHook.install(new LaunchRewriter(FLAGS, "me"), manifest::warn);
        LaunchHook.rewrite(new String[] {null}, null);

        Object[] launch = LaunchHook.rewrite(new String[] {"java", "Main"}, null);

        List<String> expected = new ArrayList<>(List.of("java"));
        expected.addAll(FLAGS.forChildOf("me", true));
        expected.add("Main");
        assertEquals(expected, List.of((String[]) launch[0]));
        assertEquals(1, writtenWarnings().size());
    }

    @Test
    void warningThatCannotBeRecordedStillLeavesTheLaunchAsGiven() {
        LaunchHook.install(new LaunchRewriter(null, "me"), message -> {
            throw new IllegalStateException("manifest gone");
        });
        String[] command = {"java", "Main"};

        assertSame(command, LaunchHook.rewrite(command, null)[0]);
    }

    @Test
    void withoutARewriterEveryLaunchPassesUntouched() {
        String[] command = {"java", "Main"};
        Map<String, String> environment = new HashMap<>();

        Object[] launch = LaunchHook.rewrite(command, environment);

        assertSame(command, launch[0]);
        assertSame(environment, launch[1]);
    }

    @Test
    void childOfACallerGivenEnvironmentGetsThatEnvironmentWithToolOptionsInTheJdksMapTypeAndTheCallersStaysAsItWas() {
        LaunchHook.install(new LaunchRewriter(FLAGS, "me"), manifest::warn);
        Map<String, String> given = new ProcessBuilder().environment();
        String dropped = given.keySet().iterator().next();
        given.remove(dropped);
        given.put("PATH", "/opt/given/bin");
        given.put("SUBCOV_TEST_GIVEN", "given");
        Map<String, String> asGiven = new HashMap<>(given);

        Object[] launch = LaunchHook.rewrite(new String[] {"/bin/sh", "-c", "true"}, given);

        Map<String, String> expected = new HashMap<>(asGiven);
        expected.put("JAVA_TOOL_OPTIONS", String.join(" ", FLAGS.forChildOf("me", false)));
        assertEquals(expected, launch[1]);
        assertEquals(given.getClass(), launch[1].getClass());
        assertEquals(asGiven, given);
    }

    @Test
    void skippedChildIsRecordedByTheRewritersOwnerAndStartsAsTheRewriterDecided() throws Exception {
        List<String> recorded = new ArrayList<>();
        LaunchHook.install(new LaunchRewriter(FLAGS, "me", ProcessFilter.of(null, "app.*"),
                (command, skip) -> recorded.add(skip.filter() + " " + skip.name() + ": " + command)), manifest::warn);
        String[] command = {"java", "-cp", "x", "app.Worker"};

        Object[] launch = LaunchHook.rewrite(command, null);

        assertSame(command, launch[0]);
        assertEquals(List.of("subcov.processExcludes app.Worker: [java, -cp, x, app.Worker]"), recorded);
        assertEquals(0, writtenWarnings().size());
    }

    @Test
    void skippedChildThatCannotBeRecordedStillStartsWithoutAgentAndCostsOneWarning() throws Exception {
        LaunchHook.install(new LaunchRewriter(FLAGS, "me", ProcessFilter.of(null, "app.*"), (command, skip) -> {
            throw new java.io.IOException("disk full");
        }), manifest::warn);
        String[] command = {"java", "app.Worker"};

        Object[] launch = LaunchHook.rewrite(command, null);

        assertSame(command, launch[0], "skipped: no agent, even when the record is lost");
        assertEquals(List.of("could not record a JVM that subcov.processExcludes skipped: java.io.IOException: disk full"
                + " (command: [java, app.Worker])"), writtenWarnings());
    }

    @Test
    void launchThatAnotherHookInThisJvmDecidesIsLeftToIt() {
        LaunchHook.install(new LaunchRewriter(FLAGS, "me"), manifest::warn);
        String[] command = {"java", "Main"};
        boolean[] othersNow = {true};
        LaunchHook.leaveTo(() -> othersNow[0]);

        assertSame(command, LaunchHook.rewrite(command, null)[0], "the other hook's launch");
        othersNow[0] = false;
        assertEquals(covered("Main"), List.of((String[]) LaunchHook.rewrite(command, null)[0]), "this hook's launch");
        LaunchHook.leaveTo(null);
        othersNow[0] = true;
        assertEquals(covered("Main"), List.of((String[]) LaunchHook.rewrite(command, null)[0]), "no other hook");
    }

    @Test
    void otherHookThatFailsToAnswerLeavesTheLaunchToThisOneAndRecordsOneWarning() throws Exception {
        LaunchHook.install(new LaunchRewriter(FLAGS, "me"), manifest::warn);
        LaunchHook.leaveTo(() -> {
            throw new IllegalStateException("scope gone");
        });

        Object[] launch = LaunchHook.rewrite(new String[] {"java", "Main"}, null);

        assertEquals(covered("Main"), List.of((String[]) launch[0]));
        List<String> warnings = writtenWarnings();
        assertEquals(1, warnings.size(), warnings::toString);
        assertTrue(warnings.get(0).contains("scope gone"), warnings::toString);
    }

    /** A java child's command as this hook covers it. */
    private static List<String> covered(String mainClass) {
        List<String> command = new ArrayList<>(List.of("java"));
        command.addAll(FLAGS.forChildOf("me", true));
        command.add(mainClass);
        return command;
    }

    /** The warnings as the manifest file on disk has them. */
    private List<String> writtenWarnings() throws Exception {
        Path file = directory.resolve("m.json");
        manifest.write(file.toFile());
        Matcher matcher = WARNINGS.matcher(Files.readString(file));
        assertTrue(matcher.find());
        List<String> warnings = new ArrayList<>();
        Matcher string = JSON_STRING.matcher(matcher.group(1));
        while (string.find()) {
            warnings.add(string.group(1).replaceAll("\\\\(.)", "$1"));
        }
        return warnings;
    }
}
