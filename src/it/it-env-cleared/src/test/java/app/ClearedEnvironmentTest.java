package app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ClearedEnvironmentTest {

    static final String JAVA = System.getProperty("java.home") + "/bin/java";
    static final String CLASSES = new File("target/classes").getAbsolutePath();

    static String output(Process process) throws Exception {
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.waitFor());
        return out;
    }

    @Test
    void environmentCleared() throws Exception {
        ProcessBuilder builder = new ProcessBuilder(JAVA, "-cp", CLASSES, "app.EnvReport", "cleared");
        builder.environment().clear();
        assertEquals("variables 0\n", output(builder.start()));
    }

    @Test
    void runtimeExecWithEmptyEnvironment() throws Exception {
        String[] command = {JAVA, "-cp", CLASSES, "app.EnvReport", "exec-empty"};
        assertEquals("variables 0\n", output(Runtime.getRuntime().exec(command, new String[0])));
    }

    @Test
    void shellWithEmptyEnvironment() throws Exception {
        ProcessBuilder builder = new ProcessBuilder("/bin/sh", "-c",
                "exec '" + JAVA + "' -cp '" + CLASSES + "' app.EnvReport shell");
        builder.environment().clear();
        assertEquals("shell\n", output(builder.start()));
    }
}
