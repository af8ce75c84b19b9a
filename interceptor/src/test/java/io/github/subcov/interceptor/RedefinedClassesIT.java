package io.github.subcov.interceptor;

import fixtures.OwnAgent;
import fixtures.Redefining;
import io.github.subcov.interceptor.CoveredJvm.Run;
import io.github.subcov.interceptor.DataDirectory.ProcessData;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A covered JVM in which another agent redefines or retransforms a class behaves as without
 * subcov: same exit code, same output, the other agent's changes in effect. The class's coverage
 * is kept where the new bytes are its own class file, and dropped, with one note, where they are
 * a mutant's. Every layout of JaCoCo's probes is tried: a static field (class files before Java
 * 11), with a static initializer JaCoCo adds (interfaces of Java 8 to 10), and a dynamic constant
 * (from Java 11).
 */
class RedefinedClassesIT {

    private static final String TARGET = """
            public class Target {
                public static final String LOADED = say("Target initialized");

                public static String say(String line) {
                    System.out.println(line);
                    return line;
                }

                public static String greet(int n) {
                    if (n > 1) {
                        return "many";
                    }
                    return "one";
                }

                public static String afterRestore() {
                    return "restored";
                }

                public static String neverCalled(int n) {
                    return n > 0 ? "positive" : "other";
                }
            }
            """;
    /** A class's static initializer, which an interface of Java 8 to 10 must not have, to get JaCoCo's own. */
    private static final String LOADED = "public static final String LOADED = say(\"Target initialized\");";
    /** The body of {@code greet} in {@link #TARGET}. */
    private static final String GREET = """
                    if (n > 1) {
                        return "many";
                    }
                    return "one";
            """;
    /**
     * The mutant's: more branches, so more probes than the original, which in the original's
     * array would run into other methods' probes or past its end.
     */
    private static final String MUTANT = TARGET.replace(GREET, """
                    if (n > 2) {
                        return "lots";
                    }
                    if (n == 2) {
                        return "two";
                    }
                    if (n < 0) {
                        return "negative";
                    }
                    return n == 0 ? "none" : "one";
            """);

    @TempDir
    Path directory;

    @ParameterizedTest(name = "{0} of Java {1}, the user's agent first")
    @CsvSource({"class, 8", "class, 17", "interface, 8", "interface, 17"})
    void redefinedWithAMutantAndBackAgentBeforeSubcov(String kind, int release) throws Exception {
        redefinedWithAMutantAndBack(kind, release, true);
    }

    @ParameterizedTest(name = "{0} of Java {1}, the user's agent last")
    @CsvSource({"class, 8", "class, 17"})
    void redefinedWithAMutantAndBackAgentAfterSubcov(String kind, int release) throws Exception {
        redefinedWithAMutantAndBack(kind, release, false);
    }

    @ParameterizedTest(name = "{0} of Java {1}")
    @CsvSource({"class, 8", "class, 17", "interface, 8", "interface, 17"})
    void retransformedAsMockitoDoes(String kind, int release) throws Exception {
        CoveredJvm jvm = CoveredJvm.in(directory);
        Path classes = compile(as(kind, TARGET), release, "original");

        Run with = jvm.runWith(options(jvm, true), classPath(classes), Redefining.class.getName(), "retransform");
        Run without = CoveredJvm.runUncoveredWith(List.of(ownAgent()), classPath(classes),
                Redefining.class.getName(), "retransform");

        with.assertSameAs(without);
        assertTrue(with.out().contains("retransformed greet(2) = MANY"), with::describe);
        ProcessData process = jvm.data().only(Redefining.class.getName());
        assertEquals(List.of(), process.warnings(), process::toString);
        assertCovered(process, classes, "greet", "afterRestore");
    }

    private void redefinedWithAMutantAndBack(String kind, int release, boolean agentFirst) throws Exception {
        CoveredJvm jvm = CoveredJvm.in(directory);
        Path classes = compile(as(kind, TARGET), release, "original");
        Path mutant = compile(as(kind, MUTANT), release, "mutant").resolve("Target.class");

        Run with = jvm.runWith(options(jvm, agentFirst), classPath(classes), Redefining.class.getName(),
                "redefine", mutant.toString());
        Run without = CoveredJvm.runUncoveredWith(List.of(ownAgent()), classPath(classes),
                Redefining.class.getName(), "redefine", mutant.toString());

        with.assertSameAs(without);
        assertTrue(with.out().contains("mutant greet(2) = two, greet(0) = none"), with::describe);
        String first = "redefined with its own class file before its first use\n";
        assertTrue(with.out().startsWith(kind.equals("class") ? first + "Target initialized\n" : first),
                () -> "the static initializer ran at the first use: " + with.describe());
        ProcessData process = jvm.data().only(Redefining.class.getName());
        assertEquals(1, process.warnings().size(), process::toString);
        assertTrue(process.warnings().get(0).startsWith("class Target was redefined by another agent"),
                process::toString);
        // before the mutant, and after the class file came back
        assertCovered(process, classes, "greet", "afterRestore");
        assertEquals(0, process.coveredInstructions(classes.resolve("Target.class"), "neverCalled"),
                "the mutant's probes landed in the class's own: " + process);
    }

    /**
     * The source as a class, or as an interface of static methods: JaCoCo gives interfaces of Java
     * 8 to 10 a static initializer of their own to fill the probe field.
     */
    private static String as(String kind, String source) {
        return kind.equals("class") ? source
                : source.replace("public class Target", "public interface Target").replace(LOADED, "").replace("public static", "static");
    }

    private static void assertCovered(ProcessData process, Path classes, String... methods) throws IOException {
        for (String method : methods) {
            assertTrue(process.coveredInstructions(classes.resolve("Target.class"), method) > 0,
                    () -> "Target." + method + " not covered in " + process);
        }
    }

    private List<String> options(CoveredJvm jvm, boolean agentFirst) throws IOException {
        List<String> options = new ArrayList<>(jvm.agentFlags());
        options.add(agentFirst ? 0 : options.size(), ownAgent());
        return options;
    }

    private static String classPath(Path classes) {
        return CoveredJvm.TEST_CLASSES + java.io.File.pathSeparator + classes;
    }

    /** A jar that names {@link OwnAgent}, which the JVM then finds on the class path. */
    private String ownAgent() throws IOException {
        Path jar = directory.resolve("own-agent.jar");
        if (!Files.exists(jar)) {
            Manifest manifest = new Manifest();
            Attributes main = manifest.getMainAttributes();
            main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
            main.putValue("Premain-Class", OwnAgent.class.getName());
            main.putValue("Can-Redefine-Classes", "true");
            main.putValue("Can-Retransform-Classes", "true");
            try (OutputStream out = Files.newOutputStream(jar); JarOutputStream ignored = new JarOutputStream(out, manifest)) {
                // the manifest is all it needs
            }
        }
        return "-javaagent:" + jar;
    }

    private Path compile(String source, int release, String name) throws IOException {
        Path sources = Files.createDirectories(directory.resolve(name + "-" + release + "-src"));
        Path classes = Files.createDirectories(directory.resolve(name + "-" + release));
        Path file = Files.writeString(sources.resolve("Target.java"), source);
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        int exit = compiler.run(null, null, errors, "-nowarn", "-Xlint:-options", "--release", Integer.toString(release),
                "-d", classes.toString(), file.toString());
        assertEquals(0, exit, errors::toString);
        return classes;
    }
}
