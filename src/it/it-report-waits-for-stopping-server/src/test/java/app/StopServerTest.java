package app;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class StopServerTest {

    @Test
    void serverIsAskedToStopAndNotAwaited() throws Exception {
        Path up = Path.of("target", "server.up").toAbsolutePath();
        Path stop = Path.of("target", "server.stop").toAbsolutePath();
        Process server = new ProcessBuilder(System.getProperty("java.home") + "/bin/java", "-cp",
                new File("target/classes").getAbsolutePath(), "app.Server", up.toString(), stop.toString(),
                new File("target/subcov").getAbsolutePath())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        for (int i = 0; i < 400 && !Files.exists(up); i++) {
            Thread.sleep(25);
        }
        assertTrue(Files.exists(up), "the server came up");
        // as spring-boot:stop: ask, and return without waiting for the JVM to exit
        Files.writeString(stop, "stop");
        assertTrue(server.isAlive());
    }
}
