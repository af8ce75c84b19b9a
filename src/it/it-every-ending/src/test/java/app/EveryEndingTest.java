package app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class EveryEndingTest {

    static Process start(String how) throws Exception {
        return new ProcessBuilder(System.getProperty("java.home") + "/bin/java", "-cp",
                new File("target/classes").getAbsolutePath(), "app.Ending", how).start();
    }

    static void awaitReady(Process child) throws Exception {
        String line = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8)).readLine();
        assertEquals(true, line != null && line.startsWith("ready"), String.valueOf(line));
    }

    @Test
    void exitFromAThread() throws Exception {
        assertEquals(3, start("exit-from-thread").waitFor());
    }

    @Test
    void uncaughtException() throws Exception {
        assertEquals(1, start("uncaught").waitFor());
    }

    @Test
    void runtimeHalt() throws Exception {
        assertEquals(5, start("halt").waitFor());
    }

    @Test
    void runtimeHaltInsideAShutdownHook() throws Exception {
        assertEquals(0, start("halt-in-hook").waitFor());
    }

    @Test
    void sigterm() throws Exception {
        Process child = start("sigterm");
        awaitReady(child);
        child.destroy();
        assertEquals(143, child.waitFor());
    }

    @Test
    void destroyForcibly() throws Exception {
        Process child = start("destroy-forcibly");
        awaitReady(child);
        child.destroyForcibly();
        assertEquals(137, child.waitFor());
    }

    @Test
    void killNineBeforeTheFirstCheckpoint() throws Exception {
        Process child = start("killed-early");
        awaitReady(child);
        // a JVM announces itself from a background thread as it starts; wait for that, not for a checkpoint
        awaitManifest(child.pid(), "(?s).*");
        assertEquals(0, new ProcessBuilder("kill", "-9", Long.toString(child.pid())).start().waitFor());
        assertEquals(137, child.waitFor());
    }

    @Test
    void killNineAfterACheckpoint() throws Exception {
        Process child = start("sigkill");
        awaitReady(child);
        awaitManifest(child.pid(), "(?s).*\"lastCheckpointMillis\": \\d+.*");
        assertEquals(0, new ProcessBuilder("kill", "-9", Long.toString(child.pid())).start().waitFor());
        assertEquals(137, child.waitFor());
    }

    /** Waits until the child's manifest matches, e.g. names its last checkpoint once one was written. */
    static void awaitManifest(long pid, String pattern) throws Exception {
        for (int i = 0; i < 200; i++) {
            try (var files = Files.list(Path.of("target", "subcov"))) {
                boolean checkpointed = files.filter(f -> f.getFileName().toString().contains("-" + pid + "-"))
                        .filter(f -> f.toString().endsWith(".json"))
                        .anyMatch(f -> read(f).matches(pattern));
                if (checkpointed) {
                    return;
                }
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no manifest of process " + pid + " matching " + pattern);
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (Exception gone) {
            return "";
        }
    }
}
