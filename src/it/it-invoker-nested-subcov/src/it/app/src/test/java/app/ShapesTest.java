package app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.File;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ShapesTest {

    static final String JAVA = System.getProperty("java.home") + "/bin/java";
    static final String CLASSES = new File("target/classes").getAbsolutePath();

    @Test
    void testJvmCarriesItsOwnBuildsAgentOnly() {
        List<String> agents = ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(a -> a.startsWith("-javaagent")).toList();
        assertEquals(1, agents.size(), agents::toString);
        assertEquals(true, agents.get(0).endsWith(new File("target/subcov-agent.properties").getAbsolutePath()),
                agents::toString);
        assertNull(System.getenv("JAVA_TOOL_OPTIONS"));
    }

    @Test
    void rectangleInTheTestJvm() {
        assertEquals(6, Shapes.rectangle(2, 3));
    }

    @Test
    void directChildPrintsOnlyItsOwnOutput() throws Exception {
        Process child = new ProcessBuilder(JAVA, "-cp", CLASSES, "app.Shapes", "square").start();
        assertEquals("square 4\n", new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
        assertEquals("", new String(child.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
        assertEquals(0, child.waitFor());
    }

    @Test
    void childBehindAShell() throws Exception {
        Process child = new ProcessBuilder("/bin/sh", "-c", "exec \"$0\" -cp \"$1\" app.Shapes triangle", JAVA, CLASSES)
                .start();
        assertEquals("triangle 3\n", new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
        assertEquals(0, child.waitFor());
    }
}
