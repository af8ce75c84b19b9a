package it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;

class ServerTest {

    private static final String JAVA = System.getProperty("java.home") + "/bin/java";

    @Test
    void theServerRunsFromTheAppJar() throws Exception {
        String version = String.valueOf(Runtime.version().feature());
        assertEquals("served 15 on java " + version + "\n", run(System.getProperty("appJar"), "app.Server", "5"));
    }

    /** An older build of Calc, and a copy relocated as shaded builds do: neither is the app's Calc. */
    @Test
    void otherBuildsOfCalcRun() throws Exception {
        assertEquals("older 7\n", run(compile("older", "app", "older"), "app.Calc"));
        assertEquals("shaded 7\n", run(compile("shaded", "shaded.app", "shaded"), "shaded.app.Calc"));
    }

    private static String compile(String directory, String packageName, String word) throws Exception {
        Path sources = Files.createDirectories(Path.of("target", directory, packageName.replace('.', '/')));
        Path source = sources.resolve("Calc.java");
        Files.writeString(source, "package " + packageName + ";\n\npublic final class Calc {\n"
                + "    public static void main(String[] args) {\n"
                + "        System.out.println(\"" + word + " \" + (3 + 4));\n    }\n}\n");
        assertEquals(0, ToolProvider.getSystemJavaCompiler().run(null, null, null, source.toString()));
        return new File("target", directory).getAbsolutePath();
    }

    private static String run(String classPath, String... mainAndArguments) throws Exception {
        String[] command = new String[3 + mainAndArguments.length];
        command[0] = JAVA;
        command[1] = "-cp";
        command[2] = classPath;
        System.arraycopy(mainAndArguments, 0, command, 3, mainAndArguments.length);
        Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, child.waitFor(), output);
        return output;
    }
}
