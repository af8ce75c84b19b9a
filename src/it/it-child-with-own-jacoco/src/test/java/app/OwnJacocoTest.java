package app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class OwnJacocoTest {

    static final String JAVA = System.getProperty("java.home") + "/bin/java";
    static final String CLASSES = new File("target/classes").getAbsolutePath();

    /** The JaCoCo agent jar that this test JVM was started with. */
    static String jacocoJar() {
        String option = ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(a -> a.startsWith("-javaagent:") && a.contains("org.jacoco.agent")).findFirst().orElseThrow();
        return option.substring("-javaagent:".length(), option.indexOf('='));
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
        assertEquals("jacoco agents 1\n",
                output(new ProcessBuilder(JAVA, own, "-cp", CLASSES, "app.SelfCovered")));
    }

    @Test
    void agentInJavaToolOptions() throws Exception {
        ProcessBuilder builder = new ProcessBuilder("/bin/sh", "-c", "exec '" + JAVA + "' -cp '" + CLASSES + "' app.SelfCovered");
        builder.environment().put("JAVA_TOOL_OPTIONS",
                "-javaagent:" + jacocoJar() + "=destfile=" + new File("target/own-tool-options.exec").getAbsolutePath());
        assertEquals("jacoco agents 1\n", output(builder));
    }
}
