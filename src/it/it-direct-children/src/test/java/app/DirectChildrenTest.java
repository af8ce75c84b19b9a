package app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;
import java.io.FileOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.Test;

class DirectChildrenTest {

    static final String JAVA_HOME = System.getProperty("java.home");
    static final String JAVA = JAVA_HOME + "/bin/java";
    static final String CLASSES = new File("target/classes").getAbsolutePath();

    static String output(Process process) throws Exception {
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.waitFor());
        return out;
    }

    @Test
    void testJvmItselfIsCovered() {
        assertEquals(5, Calc.add(2, 3));
    }

    @Test
    void javaFromJavaHome() throws Exception {
        assertEquals("java-home\n", output(new ProcessBuilder(JAVA, "-cp", CLASSES, "app.Worker", "java-home").start()));
    }

    @Test
    void bareJavaFoundOnPath() throws Exception {
        ProcessBuilder builder = new ProcessBuilder("java", "-cp", CLASSES, "app.Worker", "path");
        builder.environment().put("PATH", JAVA_HOME + "/bin" + File.pathSeparator + System.getenv("PATH"));
        assertEquals("path\n", output(builder.start()));
    }

    @Test
    void executableJar() throws Exception {
        Path jar = Files.createTempFile("worker", ".jar");
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, "app.Worker");
        try (JarOutputStream out = new JarOutputStream(new FileOutputStream(jar.toFile()), manifest)) {
            out.putNextEntry(new JarEntry("app/Worker.class"));
            out.write(Files.readAllBytes(Path.of(CLASSES, "app", "Worker.class")));
            out.closeEntry();
        }
        assertEquals("jar\n", output(new ProcessBuilder(JAVA, "-jar", jar.toString(), "jar").start()));
    }

    @Test
    void argumentFile() throws Exception {
        Path args = Files.createTempFile("worker", ".args");
        Files.writeString(args, "-cp \"" + CLASSES + "\"\napp.Worker\nargfile\n");
        assertEquals("argfile\n", output(new ProcessBuilder(JAVA, "@" + args).start()));
    }

    @Test
    void runtimeExecWithArray() throws Exception {
        String[] command = {JAVA, "-cp", CLASSES, "app.Worker", "exec-array"};
        assertEquals("exec-array\n", output(Runtime.getRuntime().exec(command)));
    }

    @Test
    @SuppressWarnings("deprecation")
    void runtimeExecWithString() throws Exception {
        String command = JAVA + " -cp " + CLASSES + " app.Worker exec-string";
        assertEquals("exec-string\n", output(Runtime.getRuntime().exec(command)));
    }

    @Test
    void everyStageOfAPipeline() throws Exception {
        List<Process> stages = ProcessBuilder.startPipeline(List.of(
                new ProcessBuilder(JAVA, "-cp", CLASSES, "app.Worker", "source"),
                new ProcessBuilder(JAVA, "-cp", CLASSES, "app.Worker", "filter"),
                new ProcessBuilder(JAVA, "-cp", CLASSES, "app.Worker", "sink")));
        assertEquals("lines 2\n", output(stages.get(2)));
        for (Process stage : stages) {
            assertEquals(0, stage.waitFor());
        }
    }
}
