package app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class OddPathTest {

    static final String JAVA = System.getProperty("java.home") + "/bin/java";
    static final String CLASSES = new File("target/classes").getAbsolutePath();

    static String output(ProcessBuilder builder) throws Exception {
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.waitFor());
        return out;
    }

    @Test
    void pathReallyIsOdd() {
        assertTrue(CLASSES.contains("with spaces-ünïcödé"), CLASSES);
        assertEquals("résumé", Résumé.title());
    }

    @Test
    void directChild() throws Exception {
        assertEquals("direct\n", output(new ProcessBuilder(JAVA, "-cp", CLASSES, "app.Résumé", "direct")));
    }

    @Test
    void childBehindShell() throws Exception {
        assertEquals("shell\n", output(new ProcessBuilder("/bin/sh", "-c",
                "exec \"" + JAVA + "\" -cp \"" + CLASSES + "\" app.Résumé shell")));
    }
}
