package io.github.subcov.bench;

import io.github.subcov.interceptor.agent.AgentConfig;
import io.github.subcov.interceptor.setup.BootJar;
import io.github.subcov.interceptor.launch.AgentFlags;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarFile;

/** How a measured JVM is started: without agents, with JaCoCo's agent alone, or with subcov. */
public enum Variant {

    PLAIN("plain"),
    JACOCO("JaCoCo"),
    SUBCOV("subcov");

    /** The same for both agents, so that they instrument the same classes. */
    static final String EXCLUDES = "excludes=io.github.subcov.*";

    private final String label;

    Variant(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /**
     * The JVM options of this variant. JaCoCo alone writes a {@code destfile} at exit as its users'
     * JVMs do; subcov runs JaCoCo with {@code output=none} and writes its own files, as
     * {@code subcov:prepare} sets it up.
     */
    public List<String> jvmOptions(Agents agents) {
        switch (this) {
            case JACOCO:
                return List.of("-javaagent:" + agents.jacocoJar + "=destfile=" + agents.jacocoDestFile
                        + ",append=false," + EXCLUDES);
            case SUBCOV:
                // as subcov:prepare writes them: the joint jar on the boot class path and as agent
                return new AgentFlags(agents.interceptorJar.toString(), agents.jacocoJar.toString(),
                        agents.bootJar.toString(), agents.subcovConfig.toString()).forTestJvm(true);
            default:
                return List.of();
        }
    }

    /** The agents' files for one measurement: where JaCoCo writes and what subcov reads. */
    public static final class Agents {
        final Path jacocoJar;
        final Path interceptorJar;
        final Path jacocoDestFile;
        final Path subcovConfig;
        final Path subcovData;
        final Path bootJar;

        private Agents(Path jacocoJar, Path interceptorJar, Path directory) throws IOException {
            this.jacocoJar = jacocoJar;
            this.interceptorJar = interceptorJar;
            this.bootJar = BootJar.in(directory.toFile(), interceptorJar.toFile(), jacocoJar.toFile(), "bench").toPath();
            this.jacocoDestFile = directory.resolve("jacoco.exec");
            this.subcovConfig = directory.resolve("subcov-agent.properties");
            this.subcovData = directory.resolve("subcov-data");
        }

        /** Writes subcov's config as {@code subcov:prepare} would, with the default checkpoint interval. */
        public static Agents in(BenchFiles files, Path directory) throws IOException {
            Agents agents = new Agents(files.jacocoAgentJar(), files.interceptorJar(), directory);
            Files.createDirectories(agents.subcovData);
            try (Writer out = Files.newBufferedWriter(agents.subcovConfig, StandardCharsets.ISO_8859_1)) {
                out.write(property(AgentConfig.DATA_DIRECTORY, agents.subcovData));
                out.write(property(AgentConfig.INTERCEPTOR_JAR, agents.interceptorJar));
                out.write(property(AgentConfig.JACOCO_JAR, agents.jacocoJar));
                out.write(property(AgentConfig.BOOT_JAR, agents.bootJar));
                out.write(AgentConfig.JACOCO_AGENT_ARGUMENTS + "=output=none,jmx=false," + EXCLUDES + "\n");
                out.write(AgentConfig.CHECKPOINT_MILLIS + "=1000\n");
                try (JarFile jar = new JarFile(agents.jacocoJar.toFile())) {
                    out.write(AgentConfig.JACOCO_PREMAIN_CLASS + "=" + AgentConfig.premainClassOf(jar) + "\n");
                }
            }
            return agents;
        }

        /**
         * The four paths {@code AgentFlags} takes, as {@code subcov:prepare} hands them to the
         * launch hook in Maven's JVM: interceptor, JaCoCo's agent, the joint jar, the config.
         */
        public List<String> flagArguments() {
            return List.of(interceptorJar.toString(), jacocoJar.toString(), bootJar.toString(),
                    subcovConfig.toString());
        }

        /** Where the subcov JVMs of this measurement write their {@code .exec} and {@code .json} files. */
        public Path subcovData() {
            return subcovData;
        }

        private static String property(String key, Path value) {
            // a properties file reads a backslash as an escape
            return key + "=" + value.toAbsolutePath().toString().replace("\\", "\\\\") + "\n";
        }
    }
}
