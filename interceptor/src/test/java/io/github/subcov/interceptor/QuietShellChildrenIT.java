package io.github.subcov.interceptor;

import fixtures.Child;
import fixtures.Parent;
import io.github.subcov.interceptor.CoveredJvm.Run;
import io.github.subcov.interceptor.DataDirectory.ProcessData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A JVM behind a shell gets subcov's options through {@code JAVA_TOOL_OPTIONS} and prints them on
 * stderr; a covered parent that reads the child's pipes reads what it would read without subcov:
 * no line where the user had no such variable, the user's own line where they had one.
 */
class QuietShellChildrenIT {

    private static final List<String> RUNS = List.of("sh", "merged", "piped", "two", "own-options");
    private static final String LINE = "Picked up JAVA_TOOL_OPTIONS: ";

    @TempDir
    Path directory;

    @ParameterizedTest(name = "user's JAVA_TOOL_OPTIONS: \"{0}\"")
    @ValueSource(strings = {"", "-Xss2m -Dk=v"})
    void childrenBehindShellsPrintWhatTheyPrintWithoutSubcov(String userOptions) throws Exception {
        Path plain = Files.createDirectories(directory.resolve("plain"));
        Path covered = Files.createDirectories(directory.resolve("covered"));
        Map<String, String> environment = userOptions.isEmpty() ? Map.of() : Map.of("JAVA_TOOL_OPTIONS", userOptions);
        CoveredJvm jvm = CoveredJvm.in(directory);

        Run without = CoveredJvm.runUncovered(environment, Parent.class.getName(), "capture-shells", plain.toString(),
                "--tag", "quiet", "--exit", "4");
        Run with = jvm.run(environment, Parent.class.getName(), "capture-shells", covered.toString(),
                "--tag", "quiet", "--exit", "4");

        assertEquals(0, without.exitCode(), without::describe);
        assertEquals(0, with.exitCode(), with::describe);
        for (String run : RUNS) {
            for (String stream : List.of(".out", ".err", ".exit")) {
                String file = run + stream;
                assertEquals(Files.readString(plain.resolve(file)), Files.readString(covered.resolve(file)), file);
                assertArrayEquals(Files.readAllBytes(plain.resolve(file)), Files.readAllBytes(covered.resolve(file)),
                        file);
            }
        }
        // the runs compared are the ones meant: the JVMs printed their line, where the user had options
        assertEquals("4", Files.readString(covered.resolve("sh.exit")));
        assertTrue(Files.readString(covered.resolve("merged.out")).contains("child quiet warns"));
        assertTrue(Files.readString(covered.resolve("own-options.err")).contains(LINE + "-Dk=v\n"));
        assertEquals(!userOptions.isEmpty(), Files.readString(covered.resolve("sh.err")).contains(LINE + userOptions + "\n"));
        assertEquals(userOptions.isEmpty() ? 0 : 2, count(Files.readString(covered.resolve("two.err")), LINE));

        List<ProcessData> children = jvm.data().running(Child.class.getName());
        assertEquals(6, children.size(), children::toString);
        for (ProcessData child : children) {
            child.assertCovered(Child.class, "work");
        }
    }

    @Test
    void aPromptThatLooksLikeTheLineIsNotHeldBack() throws Exception {
        CoveredJvm jvm = CoveredJvm.in(directory);

        Run run = jvm.run(Parent.class.getName(), "prompt-sh", "Picked up JAVA");

        assertEquals(0, run.exitCode(), run::describe);
        assertTrue(run.out().startsWith("prompt seen\nanswer=yes\n"), run::describe);
        assertTrue(run.out().endsWith("exit=0\n"), run::describe);
        assertFalse(run.err().contains(LINE), run::describe);
        jvm.data().only(Child.class.getName()).assertCovered(Child.class, "work");
    }

    private static int count(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            count++;
        }
        return count;
    }
}
