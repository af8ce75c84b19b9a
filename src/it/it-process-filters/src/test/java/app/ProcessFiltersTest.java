package app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ProcessFiltersTest {

    static final String JAVA = System.getProperty("java.home") + "/bin/java";
    static final String CLASSES = new File("target/classes").getAbsolutePath();

    static String run(ProcessBuilder builder) throws Exception {
        Process process = builder.redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.waitFor());
        return out;
    }

    static ProcessBuilder shell(String main, String arg) {
        return new ProcessBuilder("/bin/sh", "-c", "'" + JAVA + "' -cp '" + CLASSES + "' " + main + " " + arg);
    }

    @Test
    void workerDirectly() throws Exception {
        assertEquals("worker direct\n", run(new ProcessBuilder(JAVA, "-cp", CLASSES, "app.Worker", "direct")));
    }

    @Test
    void workerBehindAShellStartsAServer() throws Exception {
        assertEquals("worker shell\nserver below worker\n", run(shell("app.Worker", "shell")));
    }

    @Test
    void serverDirectly() throws Exception {
        assertEquals("server direct\n", run(new ProcessBuilder(JAVA, "-cp", CLASSES, "app.Server", "direct")));
    }

    @Test
    void serverBehindAShell() throws Exception {
        assertEquals("server shell\n", run(shell("app.Server", "shell")));
    }
}
