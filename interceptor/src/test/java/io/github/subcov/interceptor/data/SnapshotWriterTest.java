package io.github.subcov.interceptor.data;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Without a running JaCoCo agent, the writer must record why there is no data, never throw. */
class SnapshotWriterTest {

    @Test
    void announceWritesTheManifestAloneAndCreatesTheDirectory(@TempDir Path directory) throws Exception {
        Path data = directory.resolve("a/b");
        SnapshotWriter writer = new SnapshotWriter(new JacocoRuntime(), new ProcessManifest(ProcessIdentity.current(null), 1L),
                data.toFile(), "p1");

        writer.announce();

        assertTrue(Files.readString(data.resolve("p1.json")).contains("\"ending\": \"running\""));
        assertFalse(Files.exists(data.resolve("p1.exec")));
    }

    @Test
    void finishWithoutJacocoRecordsAWarningAndTheEnding(@TempDir Path directory) throws Exception {
        SnapshotWriter writer = new SnapshotWriter(new JacocoRuntime(), new ProcessManifest(ProcessIdentity.current(null), 1L),
                directory.toFile(), "p2");

        assertFalse(writer.checkpoint());
        writer.finish(DataFormat.Ending.EXIT);

        String json = Files.readString(directory.resolve("p2.json"));
        assertTrue(json.contains("\"ending\": \"exit\""), json);
        assertTrue(json.contains("could not write coverage data"), json);
        try (Stream<Path> files = Files.list(directory)) {
            assertEquals(1, files.count(), "no .exec and no temporary file");
        }
    }

    @Test
    void exitSnapshotAfterAHaltLeavesTheHaltsEnding(@TempDir Path directory) throws Exception {
        SnapshotWriter writer = new SnapshotWriter(new JacocoRuntime(), new ProcessManifest(ProcessIdentity.current(null), 1L),
                directory.toFile(), "p3");

        writer.finish(DataFormat.Ending.HALT);
        writer.finish(DataFormat.Ending.EXIT);

        String json = Files.readString(directory.resolve("p3.json"));
        assertTrue(json.contains("\"ending\": \"halt\""), json);
    }

    @Test
    void haltAfterTheExitSnapshotWritesTheLastOne(@TempDir Path directory) throws Exception {
        SnapshotWriter writer = new SnapshotWriter(new JacocoRuntime(), new ProcessManifest(ProcessIdentity.current(null), 1L),
                directory.toFile(), "p4");

        writer.finish(DataFormat.Ending.EXIT);
        writer.finish(DataFormat.Ending.HALT);

        String json = Files.readString(directory.resolve("p4.json"));
        assertTrue(json.contains("\"ending\": \"halt\""), json);
    }
}
