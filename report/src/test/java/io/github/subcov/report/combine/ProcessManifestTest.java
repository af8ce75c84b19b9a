package io.github.subcov.report.combine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.subcov.interceptor.launch.SecretMask;
import io.github.subcov.report.combine.ProcessManifest.Ending;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProcessManifestTest {

    @Test
    void readsWhichFilterSkippedAJvmAndItsMain() throws Exception {
        ProcessManifest manifest = ProcessManifest.parse("""
                {
                  "id": "vm-skipped-3kf9a",
                  "pid": null,
                  "parent": "vm-2632-8qf0xfvv",
                  "command": "java -cp app.jar app.Worker",
                  "startMillis": 1795313471682,
                  "ending": null,
                  "skippedBy": "subcov.processExcludes",
                  "main": "app.Worker",
                  "warnings": []
                }
                """);

        assertEquals("subcov.processExcludes", manifest.skippedBy());
        assertEquals("app.Worker", manifest.main());
        assertNull(manifest.pid());
        assertEquals(Ending.UNKNOWN, manifest.ending());
        assertNull(ProcessManifest.parse("{\"id\": \"vm-1\", \"ending\": \"exit\"}").skippedBy());
    }

    @Test
    void readsEveryFieldTheInterceptorWrites() throws Exception {
        ProcessManifest manifest = ProcessManifest.parse("""
                {
                  "id": "vm-2653-bbofjvl1",
                  "pid": 2653,
                  "parent": "vm-2632-8qf0xfvv",
                  "command": "/usr/lib/jvm/java-17/bin/java -javaagent:/a.jar -cp classes Child x",
                  "workingDirectory": "/tmp/t1",
                  "javaVersion": "17.0.15",
                  "javaHome": "/usr/lib/jvm/java-17",
                  "startMillis": 1795313471682,
                  "endMillis": 1795313471862,
                  "ending": "exit",
                  "lastCheckpointMillis": 1795313471868,
                  "warnings": ["could not write coverage data: disk full"]
                }
                """);

        assertEquals("vm-2653-bbofjvl1", manifest.id());
        assertEquals(2653L, manifest.pid());
        assertEquals("vm-2632-8qf0xfvv", manifest.parent());
        assertEquals("/usr/lib/jvm/java-17/bin/java -javaagent:/a.jar -cp classes Child x", manifest.command());
        assertEquals("/tmp/t1", manifest.workingDirectory());
        assertEquals("17.0.15", manifest.javaVersion());
        assertEquals("/usr/lib/jvm/java-17", manifest.javaHome());
        assertEquals(1795313471682L, manifest.startMillis());
        assertEquals(1795313471862L, manifest.endMillis());
        assertEquals(Ending.EXIT, manifest.ending());
        assertEquals(1795313471868L, manifest.lastCheckpointMillis());
        assertEquals(List.of("could not write coverage data: disk full"), manifest.warnings());
    }

    @Test
    void readsMissingAndNullFieldsAsNull() throws Exception {
        ProcessManifest manifest = ProcessManifest.parse("{\"id\": \"vm-1\", \"parent\": null, \"endMillis\": null}");

        assertEquals("vm-1", manifest.id());
        assertNull(manifest.parent());
        assertNull(manifest.pid());
        assertNull(manifest.command());
        assertNull(manifest.startMillis());
        assertNull(manifest.endMillis());
        assertEquals(Ending.UNKNOWN, manifest.ending());
        assertTrue(manifest.warnings().isEmpty());
    }

    @Test
    void readsMistypedFieldsAsNull() throws Exception {
        ProcessManifest manifest = ProcessManifest.parse(
                "{\"pid\": \"abc\", \"startMillis\": true, \"command\": [\"java\"], \"warnings\": \"oops\"}");

        assertNull(manifest.pid());
        assertNull(manifest.startMillis());
        assertNull(manifest.command());
        assertTrue(manifest.warnings().isEmpty());
    }

    @Test
    void masksSecretsThatAnOlderAgentWroteInTheCommandAndTheWarnings() throws Exception {
        String json = "{\"command\": \"java -Dpassword=hunter2 app.Main --token hunter2 --pin 1234\","
                + " \"warnings\": [\"left a launch unchanged (command: [java, --api-key, hunter2])\"]}";

        ProcessManifest byDefault = ProcessManifest.parse(json);
        ProcessManifest own = ProcessManifest.parse(json, SecretMask.of("*pin"));

        assertEquals("java -Dpassword=****** app.Main --token ****** --pin 1234", byDefault.command());
        assertEquals(List.of("left a launch unchanged (command: [java, --api-key, ******"), byDefault.warnings());
        assertEquals("java -Dpassword=hunter2 app.Main --token hunter2 --pin ******", own.command());
    }

    @Test
    void readsTheEndingWhateverItsCase() throws Exception {
        assertEquals(Ending.HALT, ProcessManifest.parse("{\"ending\": \"HALT\"}").ending());
        assertEquals(Ending.RUNNING, ProcessManifest.parse("{\"ending\": \"running\"}").ending());
        assertEquals(Ending.UNKNOWN, ProcessManifest.parse("{\"ending\": \"exploded\"}").ending());
        assertEquals("killed or still running", Ending.RUNNING.description());
    }

    @Test
    void rejectsTextThatIsNotAJsonObject() {
        IOException notJson = assertThrows(IOException.class, () -> ProcessManifest.parse("{\"id\": "));
        IOException notObject = assertThrows(IOException.class, () -> ProcessManifest.parse("[1, 2]"));
        IOException empty = assertThrows(IOException.class, () -> ProcessManifest.parse(""));

        assertTrue(notJson.getMessage().startsWith("not valid JSON: "), notJson.getMessage());
        assertEquals("not a JSON object", notObject.getMessage());
        assertEquals("not a JSON object", empty.getMessage());
    }
}
