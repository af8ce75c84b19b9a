package app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class UserToolOptionsTest {

    static final String JAVA = System.getProperty("java.home") + "/bin/java";
    static final String CLASSES = new File("target/classes").getAbsolutePath();

    static String output(ProcessBuilder builder) throws Exception {
        builder.environment().put("JAVA_TOOL_OPTIONS", "-Xmx77m -Dk=v");
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.waitFor());
        return out;
    }

    @Test
    void javaChildKeepsUsersOptions() throws Exception {
        assertEquals("k=v heap<100m=true\n", output(new ProcessBuilder(JAVA, "-cp", CLASSES, "app.OptionsProbe", "direct")));
    }

    @Test
    void shellChildKeepsUsersOptions() throws Exception {
        assertEquals("k=v heap<100m=true\n", output(new ProcessBuilder("/bin/sh", "-c",
                "exec '" + JAVA + "' -cp '" + CLASSES + "' app.OptionsProbe shell")));
    }
}
