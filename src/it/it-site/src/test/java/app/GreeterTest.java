package app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class GreeterTest {

    @Test
    void greetsHereAndShoutsInAChild() throws Exception {
        assertEquals("Hello, site", Greeter.greet("site"));

        String java = System.getProperty("java.home") + "/bin/java";
        String classes = new File("target/classes").getAbsolutePath();
        Process child = new ProcessBuilder(java, "-cp", classes, "app.Greeter", "site").start();
        String out = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        assertEquals(0, child.waitFor());
        assertEquals("HELLO, SITE!", out);
    }
}
