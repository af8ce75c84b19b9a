package app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PlaceholderArgLineTest {

    @Test
    void testJvmRunsItsOwnCode() {
        assertEquals("greeter", Greeter.banner());
    }

    @Test
    void usersOwnJvmOptionStillApplies() {
        assertTrue(ManagementFactory.getRuntimeMXBean().getInputArguments().contains("-Xmx256m"),
                ManagementFactory.getRuntimeMXBean().getInputArguments().toString());
        assertTrue(Runtime.getRuntime().maxMemory() <= 256L * 1024 * 1024);
    }

    @Test
    void childGreets() throws Exception {
        Process child = new ProcessBuilder(System.getProperty("java.home") + "/bin/java", "-cp",
                new File("target/classes").getAbsolutePath(), "app.Greeter", "placeholder").start();
        String out = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, child.waitFor());
        assertTrue(out.startsWith("hello placeholder\n"), out);
    }
}
