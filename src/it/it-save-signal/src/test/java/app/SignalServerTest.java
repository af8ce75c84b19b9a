package app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class SignalServerTest {

    private static final Pattern DUMPED = Pattern.compile("\"lastDumpMillis\": \\d+");

    @Test
    void usr1WritesASnapshotAndTheServerRunsOn() throws Exception {
        Path up = Path.of("target", "daemon.up").toAbsolutePath();
        Path again = Path.of("target", "daemon.again").toAbsolutePath();
        Process daemon = new ProcessBuilder(System.getProperty("java.home") + "/bin/java", "-cp",
                new File("target/classes").getAbsolutePath(), "app.Daemon", up.toString(), again.toString())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        try {
            awaitFile(up);
            kill("-USR1", daemon.pid());
            awaitDump(daemon.pid());
            assertTrue(daemon.isAlive(), "the server runs on after the snapshot");
            OutputStream in = daemon.getOutputStream();
            in.write("again\n".getBytes());
            in.flush();
            awaitFile(again);
        } finally {
            // SIGKILL: no last snapshot, so what the report shows is the signal's
            kill("-KILL", daemon.pid());
        }
    }

    private static void awaitFile(Path file) throws InterruptedException {
        for (int i = 0; i < 2400 && !Files.exists(file); i++) {
            Thread.sleep(25);
        }
        assertTrue(Files.exists(file), "never written: " + file);
    }

    private static void awaitDump(long pid) throws Exception {
        for (int i = 0; i < 2400; i++) {
            try (Stream<Path> files = Files.list(Path.of("target", "subcov"))) {
                for (Path json : files.filter(f -> f.toString().endsWith(".json")).toList()) {
                    String manifest = Files.readString(json);
                    if (manifest.contains("\"pid\": " + pid + ",") && DUMPED.matcher(manifest).find()) {
                        return;
                    }
                }
            }
            Thread.sleep(25);
        }
        fail("the server wrote no snapshot on SIGUSR1");
    }

    private static void kill(String signal, long pid) throws IOException, InterruptedException {
        assertEquals(0, new ProcessBuilder("kill", signal, Long.toString(pid)).inheritIO().start().waitFor());
    }
}
