package io.github.subcov.interceptor.agent;

import io.github.subcov.interceptor.launch.JavaCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Argument files as the {@code java} launcher reads them (checked against JDK 17 and 25). */
class JvmArgumentsTest {

    private static final String JACOCO = "-javaagent:/m2/org.jacoco.agent-0.8.15-runtime.jar=destfile=/t/it.exec";

    @TempDir
    Path directory;

    private String argumentFile(String name, String content) throws Exception {
        Path file = directory.resolve(name);
        Files.write(file, content.getBytes(StandardCharsets.UTF_8));
        return "@" + file;
    }

    private static List<String> command(String... arguments) {
        List<String> command = new ArrayList<>();
        command.add("java");
        command.addAll(List.of(arguments));
        return command;
    }

    @Test
    void argumentFileIsReplacedByTheArgumentsItHolds() throws Exception {
        String file = argumentFile("args with space.txt", "-Xmx1g\n" + JACOCO + "\r\n  \"-Dk=a b\" '-Dq=c'\n-cp x\n");

        assertEquals(command("-Xmx1g", JACOCO, "-Dk=a b", "-Dq=c", "-cp", "x", "-ea", "Main", "arg"),
                JvmArguments.expandArgumentFiles(command(file, "-ea", "Main", "arg")));
    }

    @Test
    void commentLinesAreSkipped() throws Exception {
        String file = argumentFile("args", "# coverage for the integration tests\n  # -javaagent:/x/jacocoagent.jar\n" + JACOCO + "\n");

        assertEquals(command(JACOCO, "Main"), JvmArguments.expandArgumentFiles(command(file, "Main")));
    }

    @Test
    void commentAtTheEndOfALineEndsTheLineAsForTheLauncher() throws Exception {
        // the launcher ignores everything from an unquoted '#', and drops the token it interrupts
        String file = argumentFile("args", "-Xshare:auto # keep class sharing\n" + JACOCO + "  #the agent\n"
                + "\"-Dh=a # b\" -Dk=a#b -Dz=1\n-cp x\n");

        List<String> expanded = JvmArguments.expandArgumentFiles(command(file, "Main"));

        assertEquals(command("-Xshare:auto", JACOCO, "-Dh=a # b", "-cp", "x", "Main"), expanded);
        assertTrue(JacocoStarter.namesJacoco(JavaCommand.launcherOptions(expanded)), expanded::toString);
    }

    @Test
    void argumentFilesOfTheProgramAreTheProgramsAndStayUnread() throws Exception {
        // "java Main @/dev/stdin" must leave the program its standard input
        String options = argumentFile("options", "-cp x\nMain\n");
        String programs = argumentFile("program", JACOCO + "\n");

        assertEquals(command("-Xmx1g", "Main", programs), JvmArguments.expandArgumentFiles(command("-Xmx1g", "Main", programs)));
        assertEquals(command("-cp", "x", "Main", programs), JvmArguments.expandArgumentFiles(command(options, programs)));
        assertEquals(command("-jar", "app.jar", programs), JvmArguments.expandArgumentFiles(command("-jar", "app.jar", programs)));
    }

    @Test
    void argumentFileMayFollowAnOptionThatTakesAValue() throws Exception {
        String file = argumentFile("cp", "x:y\n" + JACOCO + "\n");

        assertEquals(command("-cp", "x:y", JACOCO, "Main"), JvmArguments.expandArgumentFiles(command("-cp", file, "Main")));
    }

    @Test
    void escapedAtSignLoneAtSignAndMissingFile() {
        assertEquals(command("@@literal", "@", "Main"), JvmArguments.expandArgumentFiles(command("@@literal", "@", "Main")));
        // the launcher would not start at all: nothing in it to find
        assertEquals(command("Main"), JvmArguments.expandArgumentFiles(command("@" + directory.resolve("missing"), "Main")));
    }

    @Test
    void programItselfIsNeverAnArgumentFile() throws Exception {
        List<String> command = List.of(argumentFile("args", JACOCO), "Main");
        assertEquals(command, JvmArguments.expandArgumentFiles(command));
    }
}
