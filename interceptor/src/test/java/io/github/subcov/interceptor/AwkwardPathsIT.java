package io.github.subcov.interceptor;

import fixtures.Child;
import fixtures.Parent;
import io.github.subcov.interceptor.CoveredJvm.Run;
import io.github.subcov.interceptor.DataDirectory.ProcessData;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A project directory with spaces, both quote characters, a comma and non-ASCII letters: the
 * agent jars, the config and the data all live there, and children are still covered, also
 * through a shell, where the paths travel quoted inside {@code JAVA_TOOL_OPTIONS}.
 */
class AwkwardPathsIT {

    private static final String NON_ASCII = "J\u00fcrgen \u5b57";

    @TempDir
    Path directory;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"builder", "sh"})
    void childIsCoveredWhenEveryPathNeedsQuoting(String how) throws Exception {
        Path project = Files.createDirectories(directory.resolve(awkwardName()));
        Path interceptor = Files.copy(CoveredJvm.AGENT_JAR, project.resolve("subcov-interceptor it.jar"));
        Path jacoco = Files.copy(CoveredJvm.JACOCO_JAR, project.resolve("jacoco agent.jar"),
                StandardCopyOption.COPY_ATTRIBUTES);
        CoveredJvm jvm = CoveredJvm.in(project, interceptor, jacoco);

        Run run = jvm.run(Map.of("LC_ALL", "C.UTF-8"), Parent.class.getName(), how, "--tag", "awkward");

        assertEquals(0, run.exitCode(), run::describe);
        assertTrue(run.out().contains("child awkward says"), run::describe);
        assertTrue(run.out().contains("exit=0\n"), run::describe);
        DataDirectory data = jvm.data();
        assertEquals(2, data.all().size(), () -> data + "\n" + run.describe());
        ProcessData parent = data.only(Parent.class.getName());
        ProcessData child = data.only(Child.class.getName());
        assertEquals(parent.id(), child.parent());
        child.assertCovered(Child.class, "work");
    }

    /** Non-ASCII only where this JVM can hand it to the OS: file names and arguments use sun.jnu.encoding. */
    private static String awkwardName() {
        String name = "sub cov 'single' \"double\", x";
        Charset jnu = Charset.forName(System.getProperty("sun.jnu.encoding", "UTF-8"));
        return jnu.newEncoder().canEncode(NON_ASCII) ? name + " " + NON_ASCII : name;
    }
}
