package app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;
import java.io.FileReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class OwnJacocoTest {

    static final String JAVA = System.getProperty("java.home") + "/bin/java";
    static final String CLASSES = new File("target/classes").getAbsolutePath();

    /** The JaCoCo agent jar that subcov uses, as its config names it. */
    static String jacocoJar() throws Exception {
        Properties config = new Properties();
        try (Reader in = new FileReader("target/subcov-agent.properties", StandardCharsets.UTF_8)) {
            config.load(in);
        }
        return config.getProperty("jacocoJar");
    }

    static String output(ProcessBuilder builder) throws Exception {
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.waitFor());
        return out;
    }

    @Test
    void agentOnCommandLine() throws Exception {
        String own = "-javaagent:" + jacocoJar() + "=destfile=" + new File("target/own-command.exec").getAbsolutePath();
        assertEquals("jacoco agents 1\nalone\n",
                output(new ProcessBuilder(JAVA, own, "-cp", CLASSES, "app.SelfCovered")));
    }

    @Test
    void agentInJavaToolOptions() throws Exception {
        ProcessBuilder builder = new ProcessBuilder("/bin/sh", "-c", "exec '" + JAVA + "' -cp '" + CLASSES + "' app.SelfCovered");
        builder.environment().put("JAVA_TOOL_OPTIONS",
                "-javaagent:" + jacocoJar() + "=destfile=" + new File("target/own-tool-options.exec").getAbsolutePath());
        assertEquals("jacoco agents 1\nalone\n", output(builder));
    }

    @Test
    void agentInAScriptBehindAShell() throws Exception {
        String own = "-javaagent:" + jacocoJar() + "=destfile=" + new File("target/own-script.exec").getAbsolutePath();
        assertEquals("jacoco agents 2\nwith subcov\n", output(new ProcessBuilder("/bin/sh", "-c",
                "exec '" + JAVA + "' '" + own + "' -cp '" + CLASSES + "' app.SelfCovered")));
    }
}
