package app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ClockTest {

    @Test
    void testJvmRunsItsOwnCode() {
        assertEquals("9s", Clock.seconds(9));
    }

    @Test
    void childRuns() throws Exception {
        Process child = new ProcessBuilder(System.getProperty("java.home") + "/bin/java", "-cp",
                new File("target/classes").getAbsolutePath(), "app.Clock").start();
        assertEquals("2m5s\n", new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
        assertEquals(0, child.waitFor());
    }
}
