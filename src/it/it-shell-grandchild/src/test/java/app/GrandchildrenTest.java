package app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;

class GrandchildrenTest {

    static final String CLASSES = new File("target/classes").getAbsolutePath();

    @Test
    void javaBehindShell() throws Exception {
        ProcessBuilder builder = new ProcessBuilder("/bin/sh", "-c", "java -cp '" + CLASSES + "' app.Node shell");
        builder.environment().put("PATH", System.getProperty("java.home") + "/bin:" + System.getenv("PATH"));
        assertEquals("shell\n", Node.run(builder));
    }

    @Test
    void javaBehindLauncherScript() throws Exception {
        Path script = Path.of("target", "launch.sh").toAbsolutePath();
        Files.writeString(script, "#!/bin/sh\nexec \"$JAVA_HOME/bin/java\" -cp \"$APP_CLASSES\" app.Node \"$@\"\n");
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
        ProcessBuilder builder = new ProcessBuilder(script.toString(), "script");
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        builder.environment().put("APP_CLASSES", CLASSES);
        assertEquals("script\n", Node.run(builder));
    }

    @Test
    void threeLevelsDeep() throws Exception {
        assertEquals("level2\nlevel3 in it-shell-grandchild\n",
                Node.run(new ProcessBuilder(Node.JAVA, "-cp", CLASSES, "app.Node", "level1")));
    }
}
