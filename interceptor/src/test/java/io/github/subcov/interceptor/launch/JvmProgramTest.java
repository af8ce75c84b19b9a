package io.github.subcov.interceptor.launch;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** A parent and the JVM itself must see the same program, or a filter would decide twice and differently. */
class JvmProgramTest {

    @Test
    void mainClassComesAfterTheLaunchersOptions() {
        JvmProgram program = JvmProgram.ofCommand(
                List.of("/jdk/bin/java", "-Xmx1g", "-cp", "a.jar:b.jar", "--add-opens", "java.base/java.lang=ALL-UNNAMED",
                        "com.example.App", "-cp", "not.Main"));

        assertEquals("com.example.App", program.mainClass());
        assertNull(program.jarName());
        assertEquals("com.example.App", program.name());
        assertEquals("/jdk/bin/java -Xmx1g -cp a.jar:b.jar --add-opens java.base/java.lang=ALL-UNNAMED com.example.App"
                + " -cp not.Main", program.commandLine());
    }

    @Test
    void jarGoesByItsFileName() {
        JvmProgram program = JvmProgram.ofCommand(List.of("java", "-Dx=1", "-jar", "/opt/my app/app-1.0.jar", "serve"));

        assertNull(program.mainClass());
        assertEquals("app-1.0.jar", program.jarName());
        assertEquals("app-1.0.jar", program.name());
        assertEquals("app.jar", JvmProgram.ofCommand(List.of("java.exe", "-jar", "C:\\apps\\app.jar")).jarName());
    }

    @Test
    void moduleGivesItsClassWhenTheCommandNamesOne() {
        assertEquals("com.example.App", JvmProgram.ofCommand(List.of("java", "-p", "mods", "-m", "app/com.example.App"))
                .mainClass());
        assertEquals("com.example.App", JvmProgram.ofCommand(List.of("java", "--module=app/com.example.App"))
                .mainClass());
        assertNull(JvmProgram.ofCommand(List.of("java", "-p", "mods", "--module", "app")).name());
    }

    @Test
    void argumentFileOrNoMainLeavesTheMainUnknown() {
        assertNull(JvmProgram.ofCommand(List.of("java", "@app.args")).name());
        assertNull(JvmProgram.ofCommand(List.of("java", "-Xmx1g", "@app.args", "com.example.App")).name());
        assertNull(JvmProgram.ofCommand(List.of("java", "-cp", "x")).name());
    }

    /** The values a launcher sets, as {@code java} 17 and 25 set them by the time an agent starts. */
    @Test
    void jvmReachedThroughToolOptionsReadsWhatItsLauncherSet() {
        JvmProgram main = JvmProgram.running("com.example.App --port 1", "target/classes", null, "java ...");
        JvmProgram jar = JvmProgram.running("dir x/app 1.0.jar serve", "dir x/app 1.0.jar", null, "java ...");
        JvmProgram jarOnClassPath = JvmProgram.running("com.example.App", "dir x/app 1.0.jar", null, "java ...");
        JvmProgram module = JvmProgram.running("app/com.example.App a", "", "app", "java ...");
        JvmProgram moduleAlone = JvmProgram.running("app a", "", "app", "java ...");

        assertEquals("com.example.App", main.mainClass());
        assertEquals("app 1.0.jar", jar.jarName());
        assertNull(jar.mainClass());
        assertEquals("com.example.App", jarOnClassPath.mainClass());
        assertEquals("com.example.App", module.mainClass());
        assertNull(moduleAlone.name());
        assertNull(JvmProgram.running(null, "x", null, "java").name());
        assertEquals("java ...", main.commandLine());
    }

    @Test
    void parentAndChildAgree() {
        List<String> command = List.of("java", "-cp", "classes", "com.example.App", "x");
        JvmProgram parentSees = JvmProgram.ofCommand(command);
        JvmProgram childSees = JvmProgram.running("com.example.App x", "classes", null, JvmProgram.joined(command));

        assertEquals(parentSees.name(), childSees.name());
        assertEquals(parentSees.commandLine(), childSees.commandLine());
    }

    @Test
    void aJvmIsTitledByWhatItRunsThenItsProgramsArguments() {
        assertEquals("app.Worker java-home", JvmProgram.title(
                List.of("/usr/lib/jvm/17/bin/java", "-Xmx64m", "-cp", "/a/b.jar", "app.Worker", "java-home")));
        assertEquals("app-1.0.jar serve --port 80",
                JvmProgram.title(List.of("java", "-Dx=1", "-jar", "/opt/app-1.0.jar", "serve", "--port", "80")));
        assertEquals("com.example.App", JvmProgram.title(List.of("java", "-p", "mods", "-m", "app/com.example.App")));
        assertEquals("com.example.App a", JvmProgram.title(List.of("java", "--module=app/com.example.App", "a")));
    }

    @Test
    void anotherProgramOrAJvmOfUnknownMainIsTitledByItsFileNameAndEveryArgument() {
        assertEquals("sh -c java -cp x app.Node shell",
                JvmProgram.title(List.of("/bin/sh", "-c", "java -cp x app.Node shell")));
        assertEquals("launch.sh script", JvmProgram.title(List.of("/work/target/launch.sh", "script")));
        assertEquals("java @/tmp/w.args", JvmProgram.title(List.of("/jdk/bin/java", "@/tmp/w.args")));
        assertEquals("java -version", JvmProgram.title(List.of("/jdk/bin/java", "-version")));
        assertEquals("", JvmProgram.title(List.of()));
    }
}
