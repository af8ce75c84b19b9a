package app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.File;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SkippedTest {

    @Test
    void testJvmHasNoAgent() {
        assertEquals(0, ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(a -> a.startsWith("-javaagent")).count());
        assertNull(System.getenv("JAVA_TOOL_OPTIONS"));
    }

    @Test
    void childHasNoAgent() throws Exception {
        Process child = new ProcessBuilder(System.getProperty("java.home") + "/bin/java", "-cp",
                new File("target/classes").getAbsolutePath(), "app.Plain").start();
        assertEquals("agents 0\n", new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
        assertEquals(0, child.waitFor());
    }
}
