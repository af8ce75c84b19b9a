package app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import org.jacoco.agent.rt.RT;
import org.junit.jupiter.api.Test;

class TallyTest {

    @Test
    void testJvmRunsItsOwnCode() {
        assertEquals(5, Tally.add(2, 3));
    }

    @Test
    void theTestsReachTheirOwnJacocoAgent() {
        assertTrue(RT.getAgent().getVersion().startsWith("0.8.13."), RT.getAgent().getVersion());
    }

    @Test
    void childRuns() throws Exception {
        Process child = new ProcessBuilder(System.getProperty("java.home") + "/bin/java", "-cp",
                new File("target/classes").getAbsolutePath(), "app.Tally").start();
        assertEquals("tally 10\n", new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
        assertEquals(0, child.waitFor());
    }
}
