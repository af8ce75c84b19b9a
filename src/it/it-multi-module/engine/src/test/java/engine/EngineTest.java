package engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class EngineTest {

    @Test
    void engineRunsAsChild() throws Exception {
        Process child = new ProcessBuilder(System.getProperty("java.home") + "/bin/java", "-cp",
                new File("target/classes").getAbsolutePath(), "engine.Engine").start();
        assertEquals("engine 360\n", new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
        assertEquals(0, child.waitFor());
    }
}
