package io.github.subcov.interceptor;

import fixtures.Child;
import fixtures.Parent;
import io.github.subcov.interceptor.CoveredJvm.Run;
import io.github.subcov.interceptor.DataDirectory.ProcessData;
import io.github.subcov.interceptor.launch.JvmOptionsText;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A JaCoCo agent that subcov cannot see when it starts the child, because a shell script, an
 * argument file or a variable that the script sets names it. The interceptor still reaches the
 * JVM (through {@code JAVA_TOOL_OPTIONS} or the command line), finds that agent among the JVM's
 * options and starts no second one, which would abort the JVM with exit 134. The user's agent
 * writes its file, and subcov records the child through that same agent.
 */
class HiddenJacocoAgentIT {

    @TempDir
    Path directory;

    @ParameterizedTest(name = "JaCoCo {0}")
    @ValueSource(strings = {SAME, OLDER})
    void shellScriptThatGivesJavaItsOwnJacocoAgent(String version) throws Exception {
        CoveredJvm jvm = CoveredJvm.in(directory);
        Path destfile = directory.resolve("script.exec");

        Run run = jvm.run(Parent.class.getName(), "sh-with-agent", userAgent(destfile, version), "--tag", "hidden",
                "--jacoco-session");

        assertOneJacocoRecordedThroughTheUsers(jvm, run, destfile);
    }

    @ParameterizedTest(name = "JaCoCo {0}")
    @ValueSource(strings = {SAME, OLDER})
    void argumentFileThatHoldsAJacocoAgent(String version) throws Exception {
        CoveredJvm jvm = CoveredJvm.in(directory);
        Path destfile = directory.resolve("argfile.exec");
        Path argfile = Files.writeString(directory.resolve("jvm args.txt"), "# written by the build for the ITs\n"
                + "-Xshare:auto # keep class data sharing\n" + JvmOptionsText.quote(userAgent(destfile, version)) + "\n");

        Run run = jvm.run(Parent.class.getName(), "with-agent", "@" + argfile, "--tag", "hidden", "--jacoco-session");

        assertOneJacocoRecordedThroughTheUsers(jvm, run, destfile);
    }

    @ParameterizedTest(name = "{0}, JaCoCo {1}")
    @CsvSource({"JDK_JAVA_OPTIONS, " + SAME, "_JAVA_OPTIONS, " + SAME, "JDK_JAVA_OPTIONS, " + OLDER,
        "_JAVA_OPTIONS, " + OLDER})
    void variableThatTheScriptSetsForJava(String variable, String version) throws Exception {
        CoveredJvm jvm = CoveredJvm.in(directory);
        Path destfile = directory.resolve("variable.exec");

        Run run = jvm.run(Parent.class.getName(), "sh-env", variable,
                JvmOptionsText.quote(userAgent(destfile, version)), "--tag", "hidden", "--jacoco-session");

        assertOneJacocoRecordedThroughTheUsers(jvm, run, destfile);
    }

    /** As a user writes it: JaCoCo's runtime jar, writing its own file at exit. */
    static String userAgent(Path destfile) {
        return userAgent(destfile, SAME);
    }

    /**
     * The same from the JaCoCo version subcov runs ({@value #SAME}) or an older one
     * ({@value #OLDER}): subcov's boot class path must not hide the user's {@code RT} behind its own.
     */
    static String userAgent(Path destfile, String version) {
        Path jar = SAME.equals(version) ? CoveredJvm.JACOCO_JAR : CoveredJvm.OTHER_JACOCO_JAR;
        return "-javaagent:" + jar + "=destfile=" + destfile;
    }

    static final String SAME = "same";
    static final String OLDER = "older";

    static void assertNoAbort(Run run) {
        assertEquals(0, run.exitCode(), run::describe);
        assertFalse(run.err().contains("processing of -javaagent failed"), run::describe);
        assertFalse(run.err().contains("LinkageError"), run::describe);
        assertFalse(run.err().contains("subcov:"), run::describe);
    }

    private static void assertOneJacocoRecordedThroughTheUsers(CoveredJvm jvm, Run run, Path destfile) throws Exception {
        assertNoAbort(run);
        assertTrue(run.out().contains("child hidden says"), run::describe);
        assertTrue(run.out().contains("exit=0\n"), run::describe);
        assertTrue(DataDirectory.coveredInstructions(destfile, CoveredJvm.TEST_CLASSES, Child.class, "work") > 0,
                "the user's agent wrote its file");

        DataDirectory data = jvm.data();
        assertEquals(2, data.all().size(), data::toString);
        ProcessData parent = data.only(Parent.class.getName());
        ProcessData child = data.only(Child.class.getName());
        assertEquals(parent.id(), child.parent());
        assertEquals(0, child.warnings().size(), child::toString);
        child.assertCovered(Child.class, "work");
        Set<String> users = DataDirectory.sessions(destfile);
        assertEquals(1, users.size(), users::toString);
        assertEquals(users, child.sessions(), "subcov recorded through the user's JaCoCo, not one of its own");
        assertTrue(run.out().contains("jacoco session=" + users.iterator().next() + "\n"),
                () -> "the child's own code reaches the user's agent through RT\n" + run.describe());
        assertFalse(users.containsAll(parent.sessions()), "the parent's JaCoCo is subcov's own");
    }
}
