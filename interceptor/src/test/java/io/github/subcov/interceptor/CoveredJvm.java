package io.github.subcov.interceptor;

import fixtures.Parent;
import io.github.subcov.interceptor.DataDirectory.ProcessData;
import io.github.subcov.interceptor.agent.AgentConfig;
import io.github.subcov.interceptor.setup.BootJar;
import io.github.subcov.interceptor.launch.AgentFlags;
import io.github.subcov.interceptor.launch.JvmOptionsText;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.jar.JarFile;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Starts a real JVM the way {@code subcov:prepare} makes Surefire start a test JVM: the shaded
 * interceptor and JaCoCo's runtime agent joined in one jar, on the boot class path and as agent,
 * which starts JaCoCo's agent named in the config.
 */
final class CoveredJvm {

    static final Path AGENT_JAR = Path.of(required("subcov.agentJar"));
    static final Path TEST_CLASSES = Path.of(required("subcov.testClasses"));
    static final Path JACOCO_JAR = jacocoRuntimeJar();
    /** An older JaCoCo runtime agent, as a user's build or script may bring its own. */
    static final Path OTHER_JACOCO_JAR = Path.of(required("subcov.otherJacocoJar"));
    static final String JACOCO_AGENT_ARGUMENTS = "output=none,jmx=false,excludes=io.github.subcov.*";
    static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    /** The parent id that the started JVM is given, standing for the test JVM. */
    static final String ROOT_ID = "it-root";

    static final long TIMEOUT_SECONDS = 60;

    final Path dataDirectory;
    final Path configFile;
    private final AgentFlags flags;

    private CoveredJvm(Path dataDirectory, Path configFile, AgentFlags flags) {
        this.dataDirectory = dataDirectory;
        this.configFile = configFile;
        this.flags = flags;
    }

    /** Config file and data directory under the given directory; agent jars where the build left them. */
    static CoveredJvm in(Path directory) throws IOException {
        return in(directory, AGENT_JAR, JACOCO_JAR);
    }

    /** The same with this checkpoint interval; 0 turns checkpoints off. */
    static CoveredJvm in(Path directory, long checkpointMillis) throws IOException {
        return in(directory, AGENT_JAR, JACOCO_JAR, checkpointMillis, true, true);
    }

    /** With this save signal ({@code subcov.saveSignal}) and no checkpoints: a snapshot on disk is the signal's. */
    static CoveredJvm withSaveSignal(Path directory, String signal) throws IOException {
        return in(directory, AGENT_JAR, JACOCO_JAR, 0, true, true, signal);
    }

    /** A config that leaves JaCoCo's agent class to the jar's manifest, as a hand-written one may. */
    static CoveredJvm withoutJacocoPremainClass(Path directory) throws IOException {
        return in(directory, AGENT_JAR, JACOCO_JAR, 1000, false, true);
    }

    /** Both jars named, as where prepare cannot write the joint jar. */
    static CoveredJvm withTwoJars(Path directory) throws IOException {
        return in(directory, AGENT_JAR, JACOCO_JAR, 1000, true, false);
    }

    /** The config names the JaCoCo jar that the interceptor starts; no command line names it. */
    static CoveredJvm in(Path directory, Path interceptorJar, Path jacocoJar) throws IOException {
        return in(directory, interceptorJar, jacocoJar, 1000, true, true);
    }

    private static CoveredJvm in(Path directory, Path interceptorJar, Path jacocoJar, long checkpointMillis,
            boolean premainClassNamed, boolean oneJar) throws IOException {
        return in(directory, interceptorJar, jacocoJar, checkpointMillis, premainClassNamed, oneJar, null);
    }

    private static CoveredJvm in(Path directory, Path interceptorJar, Path jacocoJar, long checkpointMillis,
            boolean premainClassNamed, boolean oneJar, String saveSignal) throws IOException {
        Path data = directory.resolve("subcov");
        Properties properties = new Properties();
        properties.setProperty(AgentConfig.DATA_DIRECTORY, data.toString());
        properties.setProperty(AgentConfig.INTERCEPTOR_JAR, interceptorJar.toString());
        properties.setProperty(AgentConfig.JACOCO_JAR, jacocoJar.toString());
        properties.setProperty(AgentConfig.JACOCO_AGENT_ARGUMENTS, JACOCO_AGENT_ARGUMENTS);
        properties.setProperty(AgentConfig.CHECKPOINT_MILLIS, Long.toString(checkpointMillis));
        if (saveSignal != null) {
            properties.setProperty(AgentConfig.SAVE_SIGNAL, saveSignal);
        }
        if (premainClassNamed) {
            try (JarFile jar = new JarFile(jacocoJar.toFile())) {
                properties.setProperty(AgentConfig.JACOCO_PREMAIN_CLASS, AgentConfig.premainClassOf(jar));
            }
        }
        String bootJar = null;
        if (oneJar) {
            bootJar = BootJar.in(directory.toFile(), interceptorJar.toFile(), jacocoJar.toFile(), "it").toString();
            properties.setProperty(AgentConfig.BOOT_JAR, bootJar);
        }
        Path config = directory.resolve("subcov-agent.properties");
        try (OutputStream out = Files.newOutputStream(config)) {
            properties.store(out, "written by " + CoveredJvm.class.getSimpleName());
        }
        return new CoveredJvm(data, config,
                new AgentFlags(interceptorJar.toString(), jacocoJar.toString(), bootJar, config.toString()));
    }

    /** The same JVMs with one more setting in the config they read, such as a process filter. */
    CoveredJvm with(String key, String value) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(configFile)) {
            properties.load(in);
        }
        properties.setProperty(key, value);
        try (OutputStream out = Files.newOutputStream(configFile)) {
            properties.store(out, "written by " + CoveredJvm.class.getSimpleName());
        }
        return this;
    }

    /** Runs the main class with the interceptor, in the test classes directory. */
    Run run(String mainClass, String... args) {
        return run(Map.of(), mainClass, args);
    }

    Run run(Map<String, String> extraEnvironment, String mainClass, String... args) {
        return runWith(agentFlags(), extraEnvironment, mainClass, args);
    }

    /** The options {@code subcov:prepare} gives a test JVM: the boot class path, then the interceptor. */
    List<String> agentFlags() {
        return flags.forChildOf(ROOT_ID, true);
    }

    /**
     * {@code JAVA_TOOL_OPTIONS} as a covered test JVM hands it to a shell child, and the shell to
     * every JVM it starts: the user's options, then subcov's.
     */
    String handedDownToolOptions(String userOptions) {
        return JvmOptionsText.append(userOptions, flags.forChildOf(ROOT_ID, false));
    }

    /** The options {@code subcov:prepare} gives a test JVM, which names no parent. */
    List<String> testJvmOptions() {
        return flags.forTestJvm(true);
    }

    /** The interceptor's option alone, for a JVM that stands for the test JVM. */
    String interceptorOption() {
        return flags.forChildOf(ROOT_ID, false).get(1);
    }

    /** Runs the main class with exactly these options before the quick ones, in this order. */
    Run runWith(List<String> agentFlags, Map<String, String> extraEnvironment, String mainClass, String... args) {
        return runWith(agentFlags, extraEnvironment, null, mainClass, args);
    }

    /** The same, with standard input read from a file. */
    Run runWith(List<String> agentFlags, Map<String, String> extraEnvironment, Path stdin, String mainClass,
            String... args) {
        return Run.of(command(agentFlags, mainClass, args), extraEnvironment, stdin);
    }

    private static List<String> command(List<String> agentFlags, String mainClass, String... args) {
        return command(agentFlags, TEST_CLASSES.toString(), mainClass, args);
    }

    private static List<String> command(List<String> agentFlags, String classPath, String mainClass,
            String... args) {
        List<String> command = new ArrayList<>();
        command.add(JAVA);
        command.addAll(agentFlags);
        command.addAll(Parent.QUICK);
        command.addAll(List.of("-cp", classPath, mainClass));
        command.addAll(List.of(args));
        return command;
    }

    /** Runs the main class with exactly these options, in this order, and this class path. */
    Run runWith(List<String> options, String classPath, String mainClass, String... args) {
        return Run.of(command(options, classPath, mainClass, args), Map.of());
    }

    /** The same without subcov: the user's options alone. */
    static Run runUncoveredWith(List<String> options, String classPath, String mainClass, String... args) {
        return Run.of(command(options, classPath, mainClass, args), Map.of());
    }

    /** Runs the main class without any agent, as the user's build would without subcov. */
    static Run runUncovered(String mainClass, String... args) {
        return runUncovered(Map.of(), mainClass, args);
    }

    /** The same with these variables set, such as the user's own {@code JAVA_TOOL_OPTIONS}. */
    static Run runUncovered(Map<String, String> extraEnvironment, String mainClass, String... args) {
        return Run.of(command(List.of(), mainClass, args), extraEnvironment);
    }

    /** Starts the main class with the interceptor and returns at once, so the test can signal or kill it. */
    RunningJvm start(String mainClass, String... args) throws IOException {
        return startWithClassPath(TEST_CLASSES.toString(), mainClass, args);
    }

    /** Starts the main class with the options {@code subcov:prepare} gives a test JVM and returns at once. */
    RunningJvm startAsPrepared(String mainClass, String... args) throws IOException {
        return RunningJvm.start(command(agentFlags(), mainClass, args));
    }

    /** The same with another class path, such as the test classes and a library a fixture needs. */
    RunningJvm startWithClassPath(String classPath, String mainClass, String... args) throws IOException {
        return RunningJvm.start(command(List.of(interceptorOption()), classPath, mainClass, args));
    }

    /** Starts the main class without any agent and returns at once. */
    static RunningJvm startUncovered(String mainClass, String... args) throws IOException {
        return RunningJvm.start(command(List.of(), mainClass, args));
    }

    /**
     * Waits until the one manifest of the process with this pid satisfies the condition (it is
     * written by the process in the background) and returns it.
     */
    ProcessData awaitProcess(RunningJvm jvm, Predicate<ProcessData> condition) throws IOException,
            InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
        while (true) {
            List<ProcessData> found =
                    data().all().stream().filter(p -> Long.valueOf(jvm.pid()).equals(p.pid())).toList();
            if (found.size() == 1 && condition.test(found.get(0))) {
                return found.get(0);
            }
            if (System.nanoTime() > deadline) {
                fail("process " + jvm.pid() + " never got there: " + found + "\n" + jvm.describe());
            }
            Thread.sleep(10);
        }
    }

    DataDirectory data() throws IOException {
        return DataDirectory.read(dataDirectory, TEST_CLASSES);
    }

    /** How a process ended and every byte it wrote. */
    record Run(List<String> command, int exitCode, byte[] stdout, byte[] stderr) {

        static Run of(List<String> command, Map<String, String> extraEnvironment) {
            return of(command, extraEnvironment, null);
        }

        /** With standard input read from the file, or an empty pipe when it is null. */
        static Run of(List<String> command, Map<String, String> extraEnvironment, Path stdin) {
            try {
                Path out = Files.createTempFile("subcov-it", ".out");
                Path err = Files.createTempFile("subcov-it", ".err");
                try {
                    ProcessBuilder builder = builder(command, extraEnvironment, out, err);
                    if (stdin != null) {
                        builder.redirectInput(stdin.toFile());
                    }
                    Process process = builder.start();
                    if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                        process.descendants().forEach(ProcessHandle::destroyForcibly);
                        process.destroyForcibly();
                        fail("still running after " + TIMEOUT_SECONDS + " s: " + command + "\n"
                                + Files.readString(out) + Files.readString(err));
                    }
                    return new Run(command, process.exitValue(), Files.readAllBytes(out), Files.readAllBytes(err));
                } finally {
                    Files.deleteIfExists(out);
                    Files.deleteIfExists(err);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        /** In the test's directory, without the user's JVM options, output to the files. */
        static ProcessBuilder builder(List<String> command, Map<String, String> extraEnvironment, Path out, Path err) {
            ProcessBuilder builder = new ProcessBuilder(command).directory(TEST_CLASSES.toFile())
                    .redirectOutput(out.toFile()).redirectError(err.toFile());
            Map<String, String> environment = builder.environment();
            // the user's settings of the machine running the build must not leak in
            environment.remove("JAVA_TOOL_OPTIONS");
            environment.remove("JDK_JAVA_OPTIONS");
            environment.remove("_JAVA_OPTIONS");
            environment.putAll(extraEnvironment);
            return builder;
        }

        String out() {
            return new String(stdout, StandardCharsets.UTF_8);
        }

        String err() {
            return new String(stderr, StandardCharsets.UTF_8);
        }

        /** Fails unless this run exited with the same code and wrote the same bytes as the run without agents. */
        void assertSameAs(Run without) {
            Supplier<String> both = () -> describe() + "\n--- without agents: " + without.describe();
            assertEquals(without.exitCode, exitCode, both);
            assertEquals(without.out(), out(), both);
            assertEquals(without.err(), err(), both);
            assertArrayEquals(without.stdout, stdout, both);
            assertArrayEquals(without.stderr, stderr, both);
        }

        /** For assertion messages: everything needed to see what went wrong. */
        String describe() {
            return "exit " + exitCode + " of " + command + "\n--- stdout\n" + out() + "--- stderr\n" + err();
        }
    }

    private static String required(String property) {
        String value = System.getProperty(property);
        if (value == null) {
            throw new IllegalStateException("system property " + property + " is not set: run this test with failsafe");
        }
        return value;
    }

    private static Path jacocoRuntimeJar() {
        try {
            Class<?> rt = Class.forName("org.jacoco.agent.rt.RT", false, CoveredJvm.class.getClassLoader());
            return Path.of(rt.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (ReflectiveOperationException | java.net.URISyntaxException e) {
            throw new IllegalStateException("JaCoCo's runtime agent jar is not on the test class path", e);
        }
    }
}
