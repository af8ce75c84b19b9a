package io.github.subcov.interceptor;

import fixtures.ShowJvmArguments;
import io.github.subcov.interceptor.CoveredJvm.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the interceptor reads at start to decide whether the JVM brings its own JaCoCo: every
 * option the JVM was started with, from the command line, argument files and all three variables,
 * and nothing of the program's own arguments, which it must not even open.
 */
class JvmArgumentsIT {

    @TempDir
    Path directory;

    @Test
    void optionsFromEverySourceButNothingOfTheProgramsArguments() throws Exception {
        CoveredJvm jvm = CoveredJvm.in(directory);
        Path argfile = Files.writeString(directory.resolve("jvm args.txt"),
                "# written by a build tool\n-Dfrom.argfile=1 # trailing comment -Dfrom.comment=1\n\"-Dfrom.quoted=a b\"\n");
        Path jdkArgfile = Files.writeString(directory.resolve("jdk.txt"), "-Dfrom.jdkfile=1\n");
        Path programsArgfile = Files.writeString(directory.resolve("program.txt"), "-Dfrom.programfile=1\n");
        Path stdin = Files.writeString(directory.resolve("stdin.txt"), "meant for the program\n");
        Map<String, String> environment = Map.of("JDK_JAVA_OPTIONS", "-Dfrom.jdk=1 @" + jdkArgfile,
                "JAVA_TOOL_OPTIONS", "-Dfrom.tool=1", "_JAVA_OPTIONS", "-Dfrom.underscore=1");

        Run run = jvm.runWith(List.of(jvm.interceptorOption(), "@" + argfile, "-Dfrom.command=1"), environment, stdin,
                ShowJvmArguments.class.getName(), "@" + programsArgfile, "@/dev/stdin", "-Dfrom.program=1");

        assertEquals(0, run.exitCode(), run::describe);
        List<String> options = run.out().lines().filter(l -> l.startsWith("option ")).map(l -> l.substring(7))
                .collect(Collectors.toList());
        assertTrue(options.containsAll(List.of(jvm.interceptorOption(), "-Dfrom.argfile=1", "-Dfrom.quoted=a b",
                "-Dfrom.command=1", "-Dfrom.jdk=1", "-Dfrom.jdkfile=1", "-Dfrom.tool=1", "-Dfrom.underscore=1")),
                run::describe);
        for (String notAnOption : List.of("-Dfrom.comment=1", "-Dfrom.programfile=1", "-Dfrom.program=1", "meant")) {
            assertFalse(options.stream().anyMatch(o -> o.contains(notAnOption)), () -> notAnOption + "\n" + run.describe());
        }
        assertTrue(run.out().contains("stdin=meant for the program\n"), run::describe);
    }
}
