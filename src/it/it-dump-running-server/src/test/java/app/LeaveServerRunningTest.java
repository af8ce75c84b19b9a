package app;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class LeaveServerRunningTest {

    @Test
    void serverIsLeftRunning() throws Exception {
        Path up = Path.of("target", "daemon.up").toAbsolutePath();
        Process daemon = new ProcessBuilder(System.getProperty("java.home") + "/bin/java", "-cp",
                new File("target/classes").getAbsolutePath(), "app.Daemon", up.toString())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        for (int i = 0; i < 400 && !Files.exists(up); i++) {
            Thread.sleep(25);
        }
        assertTrue(Files.exists(up), "the daemon came up");
        assertTrue(daemon.isAlive());
    }
}
