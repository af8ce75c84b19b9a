package io.github.subcov.interceptor;

import fixtures.RunsJavac;
import io.github.subcov.interceptor.CoveredJvm.Run;
import io.github.subcov.interceptor.DataDirectory.ProcessData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Plugins fork the JDK's {@code javac} and parse what it prints: from a covered JVM it prints
 * byte for byte what it prints from an uncovered one and exits with the same code, whether the
 * JVM was covered from its command line or through a {@code JAVA_TOOL_OPTIONS} that a script
 * handed down beside the user's own options. javac itself is not covered; the JVM that ran it is.
 */
class JavacOutputUnchangedIT {

    private static final String SOURCE = """
            import java.util.ArrayList;
            import java.util.List;

            class Warned {
                List names = new ArrayList();
                Integer boxed = new Integer(1);
            }
            """;
    private static final List<String> RUNS =
            List.of("version", "version-copied-environment", "compile", "compile-copied-environment");
    private static final String USER_OPTIONS = "-Duser.option=kept -Xshare:auto";
    private static final String TOOL = "JAVA_TOOL_OPTIONS";

    @Test
    void javacOfAJvmCoveredFromItsCommandLinePrintsWhatItPrintsWithoutSubcov(@TempDir Path directory)
            throws Exception {
        Path plain = sourceDirectory(directory, "plain");
        Path covered = sourceDirectory(directory, "covered");
        CoveredJvm jvm = CoveredJvm.in(directory);

        Run without = CoveredJvm.runUncovered(RunsJavac.class.getName(), plain.toString());
        Run with = jvm.run(RunsJavac.class.getName(), covered.toString());

        with.assertSameAs(without);
        assertSameJavacRuns(plain, covered);
        for (String run : RUNS) {
            assertFalse(read(covered, run + ".err").contains("Picked up"), run);
        }
        assertOnlyTheParentCovered(jvm);
    }

    @Test
    void javacBelowAScriptKeepsTheUsersToolOptionsAndLosesSubcovs(@TempDir Path directory) throws Exception {
        Path plain = sourceDirectory(directory, "plain");
        Path covered = sourceDirectory(directory, "covered");
        CoveredJvm jvm = CoveredJvm.in(directory);

        Run without = CoveredJvm.runUncovered(Map.of(TOOL, USER_OPTIONS), RunsJavac.class.getName(), plain.toString());
        Run with = jvm.runWith(List.of(), Map.of(TOOL, jvm.handedDownToolOptions(USER_OPTIONS)),
                RunsJavac.class.getName(), covered.toString());

        assertEquals(without.exitCode(), with.exitCode(), with::describe);
        assertArrayEquals(without.stdout(), with.stdout(), with::describe);
        assertSameJavacRuns(plain, covered);
        for (String run : RUNS) {
            assertTrue(read(covered, run + ".err").startsWith("Picked up " + TOOL + ": " + USER_OPTIONS + "\n"), run);
        }
        assertOnlyTheParentCovered(jvm);
    }

    private static Path sourceDirectory(Path directory, String name) throws IOException {
        Path source = Files.createDirectories(directory.resolve(name));
        Files.writeString(source.resolve("Warned.java"), SOURCE);
        return source;
    }

    /** Every byte javac wrote, its exit codes, and the class it compiled are the same in both directories. */
    private static void assertSameJavacRuns(Path plain, Path covered) throws IOException {
        for (String run : RUNS) {
            for (String file : List.of(run + ".out", run + ".err", run + ".exit")) {
                assertEquals(read(plain, file), read(covered, file), file);
                assertArrayEquals(Files.readAllBytes(plain.resolve(file)), Files.readAllBytes(covered.resolve(file)), file);
            }
        }
        assertTrue(read(covered, "version.out").startsWith("javac "), () -> read(covered, "version.out"));
        assertTrue(read(covered, "compile.err").contains("warning: [rawtypes]"), () -> read(covered, "compile.err"));
        // [removal] up to JDK 24, [deprecation] from 25 on
        assertTrue(read(covered, "compile.err").contains("Integer(int) in Integer has been deprecated"),
                () -> read(covered, "compile.err"));
        for (String run : RUNS) {
            assertEquals("0", read(covered, run + ".exit"), run);
        }
        assertArrayEquals(Files.readAllBytes(plain.resolve("classes/Warned.class")),
                Files.readAllBytes(covered.resolve("classes/Warned.class")));
    }

    /** javac wrote no manifest: the one in the data directory is the JVM that ran it, with its coverage. */
    private static void assertOnlyTheParentCovered(CoveredJvm jvm) throws IOException {
        DataDirectory data = jvm.data();
        assertEquals(1, data.all().size(), data::toString);
        ProcessData parent = data.only(RunsJavac.class.getName());
        assertEquals(CoveredJvm.ROOT_ID, parent.parent());
        parent.assertCovered(RunsJavac.class, "run");
    }

    private static String read(Path directory, String file) {
        try {
            return Files.readString(directory.resolve(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError("javac's run left no " + file + " in " + directory, e);
        }
    }
}
