package cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CliTest {

    @Test
    void version() {
        assertEquals("1.0", Cli.version());
    }

    @Test
    void usageFromChild() throws Exception {
        Process child = new ProcessBuilder(System.getProperty("java.home") + "/bin/java", "-cp",
                new File("target/classes").getAbsolutePath(), "cli.Cli").start();
        assertEquals("usage: cli\n", new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
        assertEquals(0, child.waitFor());
    }
}
