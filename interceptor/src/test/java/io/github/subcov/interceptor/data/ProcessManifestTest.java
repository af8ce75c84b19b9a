package io.github.subcov.interceptor.data;

import io.github.subcov.interceptor.launch.JvmProgram;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProcessManifestTest {

    @Test
    void runningProcessHasNoEndYet() {
        ProcessIdentity identity = ProcessIdentity.current(null);
        String json = new ProcessManifest(identity, 1234L).toJson();

        assertTrue(json.startsWith("{\n  \"formatVersion\": 1,\n"), json);
        assertTrue(json.contains("\"id\": \"" + identity.id() + "\""), json);
        assertTrue(json.contains("\"pid\": " + ProcessHandle.current().pid() + ","), json);
        assertTrue(json.contains("\"parent\": null"), json);
        assertTrue(json.contains("\"startMillis\": 1234,"), json);
        assertTrue(json.contains("\"endMillis\": null,"), json);
        assertTrue(json.contains("\"ending\": \"running\""), json);
        assertTrue(json.contains("\"lastCheckpointMillis\": null"), json);
        assertTrue(json.contains("\"javaVersion\": \"" + System.getProperty("java.version") + "\""), json);
    }

    @Test
    void coveredJvmNamesItsOwnMainClassOrJar() {
        String json = new ProcessManifest(ProcessIdentity.current(null), 1L).toJson();

        String main = JvmProgram.thisJvm(null).name();
        assertNotNull(main, "surefire's JVM runs a main class or its booter jar");
        assertTrue(json.contains("\"main\": " + Json.string(main) + ",\n"), json);
        assertFalse(json.contains("skippedBy"), json);
    }

    @Test
    void coveredJvmNamesTheOsProcessThatStartedIt() {
        String json = new ProcessManifest(ProcessIdentity.current("h-1-parent"), 1L).toJson();

        long parent = ProcessHandle.current().parent().orElseThrow().pid();
        assertTrue(json.contains("\"parent\": \"h-1-parent\",\n  \"parentPid\": " + parent + ",\n"), json);
    }

    @Test
    void theParentPidIsCountedFromTheLastParenthesisAsACommandMayHoldBlanksAndParentheses() {
        assertEquals(Long.valueOf(45), ProcSelf.parentPid("123 (a) b (c) S 45 123 123 0 -1 4194560"));
        assertEquals(Long.valueOf(1), ProcSelf.parentPid("7 (java) R 1 7 7"));
        assertEquals(null, ProcSelf.parentPid("not a stat line"));
    }

    @Test
    void endingCheckpointAndParentAreRecorded() {
        ProcessManifest manifest = new ProcessManifest(ProcessIdentity.current("h-1-parent"), 1L);
        manifest.checkpointed(5L);
        manifest.ended(DataFormat.Ending.HALT, 9L);
        String json = manifest.toJson();

        assertTrue(json.contains("\"parent\": \"h-1-parent\""), json);
        assertTrue(json.contains("\"lastCheckpointMillis\": 5,"), json);
        assertTrue(json.contains("\"endMillis\": 9,"), json);
        assertTrue(json.contains("\"ending\": \"halt\""), json);
    }

    @Test
    void warningsAreEscapedAndCappedAtTwenty() {
        ProcessManifest manifest = new ProcessManifest(ProcessIdentity.current(null), 1L);
        for (int i = 0; i < 25; i++) {
            manifest.warn("warning \"" + i + "\"");
        }
        String json = manifest.toJson();

        assertTrue(json.contains("\"warnings\": [\"warning \\\"0\\\"\", "), json);
        assertTrue(json.contains("\"warning \\\"19\\\"\"]"), json);
        assertFalse(json.contains("warning \\\"20\\\""), json);
    }

    @Test
    void writeReplacesTheFileAsUtf8(@TempDir Path directory) throws Exception {
        ProcessManifest manifest = new ProcessManifest(ProcessIdentity.current(null), 1L);
        manifest.warn("J\u00fcrgen");
        File file = directory.resolve("m.json").toFile();

        manifest.write(file);

        assertEquals(manifest.toJson(), new String(Files.readAllBytes(file.toPath()), StandardCharsets.UTF_8));
    }

    @Test
    void skippedJvmNamesItsFilterAndMainAndSaysNothingOfRunningOrEnding() {
        ProcessManifest manifest = new ProcessManifest(ProcessIdentity.current("h-1-parent"), 1L);
        manifest.skipped("subcov.processExcludes", "app.Worker");
        String json = manifest.toJson();

        assertTrue(json.contains("\"ending\": null,"), json);
        assertFalse(ProcessManifest.saysRunning(json), "no one may wait for its snapshot");
        assertTrue(json.endsWith("\"skippedBy\": \"subcov.processExcludes\",\n  \"main\": \"app.Worker\",\n"
                + "  \"warnings\": []\n}\n"), json);
    }

    @Test
    void secretsInTheCommandAndTheWarningsAreMaskedAsTheConfigSays(@TempDir Path directory) throws Exception {
        ProcessManifest.writeSkippedLaunch(directory.toFile(), "h-1-parent",
                "java -Ddb.password=hunter2 -jar tool.jar --pin 1234 --token abc", 7L, "subcov.processIncludes",
                "tool.jar", "*password*,pin");
        String json = Files.readString(directory.toFile().listFiles()[0].toPath());
        assertTrue(json.contains("\"command\": \"java -Ddb.password=****** -jar tool.jar --pin ****** --token abc\""),
                json);

        ProcessManifest manifest = new ProcessManifest(ProcessIdentity.current(null), 1L);
        manifest.warn("left a launch unchanged (command: [java, -Dapi.token=hunter2, app.Main])");
        assertTrue(manifest.toJson().contains("[java, -Dapi.token=****** app.Main]"), manifest.toJson());
        assertFalse(manifest.toJson().contains("hunter2"), manifest.toJson());
    }

    @Test
    void skippedLaunchIsWrittenByItsParentWithoutPid(@TempDir Path directory) throws Exception {
        ProcessManifest.writeSkippedLaunch(directory.toFile(), "h-1-parent", "java -jar tool.jar", 7L,
                "subcov.processIncludes", "tool.jar", null);

        File[] written = directory.toFile().listFiles();
        assertEquals(1, written.length);
        String name = written[0].getName();
        assertTrue(name.matches(ProcessIdentity.hostName().replace(".", "\\.") + "-skipped-[0-9a-z]+\\.json"), name);
        String id = name.substring(0, name.length() - ".json".length());
        String json = Files.readString(written[0].toPath());
        assertTrue(json.startsWith("{\n  \"formatVersion\": 1,\n  \"id\": \"" + id + "\",\n  \"pid\": null,\n  \"parent\": \"h-1-parent\",\n"
                + "  \"parentPid\": null,\n  \"command\": \"java -jar tool.jar\",\n  \"workingDirectory\": null,\n  \"javaVersion\": null,\n"), json);
        assertTrue(json.contains("\"startMillis\": 7,\n  \"endMillis\": null,\n  \"ending\": null,\n"), json);
        assertTrue(json.endsWith("\"skippedBy\": \"subcov.processIncludes\",\n  \"main\": \"tool.jar\",\n"
                + "  \"warnings\": []\n}\n"), json);
    }

    @Test
    void identityIsHostPidRandomAndDiffersBetweenCalls() {
        ProcessIdentity one = ProcessIdentity.current(null);
        ProcessIdentity two = ProcessIdentity.current(null);

        assertTrue(one.id().matches("[A-Za-z0-9._]+-" + ProcessHandle.current().pid() + "-[0-9a-z]+"), one.id());
        assertEquals(ProcessHandle.current().pid(), one.pid());
        assertFalse(one.id().equals(two.id()));
    }
}
