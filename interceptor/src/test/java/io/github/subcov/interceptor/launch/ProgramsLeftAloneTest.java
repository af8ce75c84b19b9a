package io.github.subcov.interceptor.launch;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProgramsLeftAloneTest {

    /** The JDK tools that run the user's code, or the launchers: they stay covered. */
    private static final Set<String> RUN_USER_CODE = Set.of("java", "javaw", "jshell", "jdb", "jrunscript", "jjs",
            "appletviewer", "javaws");

    @ParameterizedTest
    @ValueSource(strings = {"javac", "javadoc", "jar", "jarsigner", "jlink", "jmod", "jpackage", "jdeps", "javap",
            "jcmd", "jps", "jstack", "jmap", "jstat", "jinfo", "keytool", "serialver", "docker", "docker-compose",
            "podman", "nerdctl", "kubectl", "oc", "ssh", "scp"})
    void jdkToolsAndContainerAndRemoteClisAreLeftAloneOnEveryOs(String name) {
        assertTrue(ProgramsLeftAlone.contains(name, false));
        assertTrue(ProgramsLeftAlone.contains(name, true));
        assertTrue(ProgramsLeftAlone.contains("/usr/lib/jvm/jdk-17/bin/" + name, false));
        assertTrue(ProgramsLeftAlone.contains("/opt/my tools/" + name, false));
        assertTrue(ProgramsLeftAlone.contains("C:\\Program Files\\Tools\\" + name + ".exe", true));
    }

    @Test
    void everyToolInThisJdksBinThatRunsNoUserCodeIsLeftAlone() throws IOException {
        Path bin = Path.of(System.getProperty("java.home"), "bin");
        List<String> tools;
        try (Stream<Path> files = Files.list(bin)) {
            tools = files.map(f -> f.getFileName().toString()).filter(n -> !n.endsWith(".dll")).collect(Collectors.toList());
        }
        assertTrue(tools.contains("javac"), () -> bin + " is not a JDK's: " + tools);
        for (String tool : tools) {
            String name = tool.endsWith(".exe") ? tool.substring(0, tool.length() - 4) : tool;
            assertEquals(!RUN_USER_CODE.contains(name), ProgramsLeftAlone.contains(bin.resolve(tool).toString()), tool);
        }
    }

    @Test
    void launchersAndToolsThatRunTheUsersCodeStayCovered() {
        for (String name : RUN_USER_CODE) {
            for (String program : List.of(name, "/usr/bin/" + name, name + ".exe", "C:\\jdk\\bin\\" + name.toUpperCase() + ".EXE")) {
                assertFalse(ProgramsLeftAlone.contains(program, false), program);
                assertFalse(ProgramsLeftAlone.contains(program, true), program);
            }
        }
        for (String name : ProgramsLeftAlone.names()) {
            assertFalse(JavaCommand.isLauncher(name), name);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"JAVAC.EXE", "Javac", "C:\\jdk\\bin\\javadoc.Exe", "c:/jdk/bin/jar.exe", "KubeCtl.exe",
            "\\\\server\\share\\Docker.exe", "ssh"})
    void onWindowsAnyCaseWithOrWithoutExeMatches(String program) {
        assertTrue(ProgramsLeftAlone.contains(program, true));
    }

    @ParameterizedTest
    @ValueSource(strings = {"JAVAC", "Javac", "Docker", "javac.exe", "/mnt/c/jdk/bin/javac.exe", "SSH"})
    void elsewhereOnlyTheNameAsWrittenMatches(String program) {
        assertFalse(ProgramsLeftAlone.contains(program, false));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", ".exe", "javac.sh", "javacc", "xjavac", "javac-wrapper", "javac.exe.bak", "dockerd",
            "ssh-agent", "/usr/bin/", "/usr/bin/javac/", "/opt/javac/bin/run", "docker.cmd"})
    void namesThatOnlyLookAlikeDoNotMatch(String program) {
        assertFalse(ProgramsLeftAlone.contains(program, false));
        assertFalse(ProgramsLeftAlone.contains(program, true));
    }
}
