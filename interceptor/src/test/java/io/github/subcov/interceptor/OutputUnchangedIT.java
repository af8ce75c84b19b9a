package io.github.subcov.interceptor;

import fixtures.Child;
import fixtures.Parent;
import io.github.subcov.interceptor.CoveredJvm.Run;
import io.github.subcov.interceptor.DataDirectory.ProcessData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Tests that read a child's output must not notice subcov: a covered java child writes the same
 * bytes to stdout and stderr, also merged, and exits with the same code as without agents.
 */
class OutputUnchangedIT {

    private static final List<String> FILES =
            List.of("separate.out", "separate.err", "separate.exit", "merged.out", "merged.exit");

    @Test
    void coveredChildWritesTheSameBytesAndExitCodeAsWithoutAgents(@TempDir Path directory) throws Exception {
        Path plain = Files.createDirectories(directory.resolve("plain"));
        Path covered = Files.createDirectories(directory.resolve("covered"));
        CoveredJvm jvm = CoveredJvm.in(directory);

        Run without = CoveredJvm.runUncovered(Parent.class.getName(), "capture", plain.toString(),
                "--tag", "same", "--exit", "3");
        Run with = jvm.run(Parent.class.getName(), "capture", covered.toString(), "--tag", "same", "--exit", "3");

        assertEquals(0, without.exitCode(), without::describe);
        assertEquals(0, with.exitCode(), with::describe);
        assertArrayEquals(without.stdout(), with.stdout(), with::describe);
        assertArrayEquals(without.stderr(), with.stderr(), with::describe);
        for (String file : FILES) {
            assertEquals(Files.readString(plain.resolve(file)), Files.readString(covered.resolve(file)), file);
            assertArrayEquals(Files.readAllBytes(plain.resolve(file)), Files.readAllBytes(covered.resolve(file)), file);
        }
        assertEquals("3", Files.readString(covered.resolve("separate.exit")));
        assertTrue(Files.readString(covered.resolve("separate.err")).contains("child same warns"));
        assertTrue(Files.readString(covered.resolve("merged.out")).contains("child same warns"));

        List<ProcessData> children = jvm.data().running(Child.class.getName());
        assertEquals(2, children.size(), children::toString);
        for (ProcessData child : children) {
            child.assertCovered(Child.class, "work");
        }
    }
}
