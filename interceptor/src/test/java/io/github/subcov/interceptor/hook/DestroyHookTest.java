package io.github.subcov.interceptor.hook;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The child to ask for a snapshot is found by its pid, even when that pid has been used before. */
class DestroyHookTest {

    @TempDir
    Path directory;

    @Test
    void findsTheRunningProcessWithThePid() throws IOException {
        manifest("box-42-a", "running", 1000);
        manifest("box-420-b", "running", 1000);
        manifest("other-42-c", "running", 1000);

        assertEquals("box-42-a", DestroyHook.coveredProcess(directory.toFile(), "box", 42));
    }

    @Test
    void pidUsedBeforeByAnEndedOrLongKilledProcessFindsTheLiveOne() throws IOException {
        manifest("box-42-old", "exit", 3000);
        manifest("box-42-killed", "running", 1000);
        manifest("box-42-live", "running", 2000);

        assertEquals("box-42-live", DestroyHook.coveredProcess(directory.toFile(), "box", 42));
    }

    @Test
    void noRunningProcessWithThePidIsNone() throws IOException {
        manifest("box-42-old", "halt", 1000);

        assertNull(DestroyHook.coveredProcess(directory.toFile(), "box", 42));
        assertNull(DestroyHook.coveredProcess(directory.resolve("missing").toFile(), "box", 42));
    }

    private void manifest(String id, String ending, long modified) throws IOException {
        Path file = directory.resolve(id + ".json");
        Files.writeString(file, "{\n  \"id\": \"" + id + "\",\n  \"ending\": \"" + ending + "\",\n}\n");
        file.toFile().setLastModified(modified);
    }
}
