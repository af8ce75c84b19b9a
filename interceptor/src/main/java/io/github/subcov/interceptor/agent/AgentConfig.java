package io.github.subcov.interceptor.agent;

import io.github.subcov.interceptor.launch.AgentFlags;
import io.github.subcov.interceptor.launch.ProcessFilter;

import java.io.File;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

/** The settings {@code subcov:prepare} writes for every covered JVM of one build. */
public final class AgentConfig {

    public static final String DATA_DIRECTORY = "dataDirectory";
    public static final String INTERCEPTOR_JAR = "interceptorJar";
    public static final String JACOCO_JAR = "jacocoJar";
    /** What JaCoCo's runtime agent is given after {@code =} (JaCoCo's "agent options"). */
    public static final String JACOCO_AGENT_ARGUMENTS = "jacocoAgentArguments";
    /** Optional: spares every JVM reading the JaCoCo jar's manifest before JaCoCo can start. */
    public static final String JACOCO_PREMAIN_CLASS = "jacocoPremainClass";
    public static final String CHECKPOINT_MILLIS = "checkpointMillis";
    /** Optional: the signal that makes a JVM write a snapshot ({@code SaveSignal}); unset is off. */
    public static final String SAVE_SIGNAL = "saveSignal";
    /** Optional: the interceptor and JaCoCo's agent in one jar ({@link io.github.subcov.interceptor.setup.BootJar}), named instead of the two. */
    public static final String BOOT_JAR = "bootJar";
    /** Optional: {@code subcov.processIncludes} and {@code subcov.processExcludes} ({@link ProcessFilter}). */
    public static final String PROCESS_INCLUDES = "processIncludes";
    public static final String PROCESS_EXCLUDES = "processExcludes";
    /** Optional: {@code subcov.maskPatterns} ({@link io.github.subcov.interceptor.launch.SecretMask}); unset is the default. */
    public static final String MASK_PATTERNS = "maskPatterns";

    private final File file;
    private final Properties properties;

    private AgentConfig(File file, Properties properties) {
        this.file = file;
        this.properties = properties;
    }

    public static AgentConfig read(File file) throws IOException {
        Properties properties = new Properties();
        InputStream in = new FileInputStream(file);
        try {
            properties.load(in);
        } finally {
            in.close();
        }
        return new AgentConfig(file, properties);
    }

    public File dataDirectory() {
        return new File(required(DATA_DIRECTORY));
    }

    public long checkpointMillis() {
        return Long.parseLong(properties.getProperty(CHECKPOINT_MILLIS, "1000").trim());
    }

    /** The signal's name ({@code USR1}), or null when no signal is to be taken. */
    public String saveSignal() {
        String name = properties.getProperty(SAVE_SIGNAL);
        return name == null || name.trim().isEmpty() ? null : name.trim();
    }

    /** Null when neither is set, the default: every JVM is covered, and nothing of the filter is loaded. */
    public ProcessFilter processFilter() {
        String includes = properties.getProperty(PROCESS_INCLUDES);
        String excludes = properties.getProperty(PROCESS_EXCLUDES);
        return includes == null && excludes == null ? null : ProcessFilter.of(includes, excludes);
    }

    /**
     * The names whose values a manifest masks, as {@code SecretMask.of} reads them; null for the
     * default. Only the text: the mask is made at the first write, off the JVM's start.
     */
    public String maskPatterns() {
        return properties.getProperty(MASK_PATTERNS);
    }

    public AgentFlags flags() {
        return new AgentFlags(required(INTERCEPTOR_JAR), required(JACOCO_JAR), properties.getProperty(BOOT_JAR),
                file.getAbsolutePath());
    }

    public File interceptorJar() {
        return new File(required(INTERCEPTOR_JAR));
    }

    /** Beside this file: one per build, and not in the data directory, which holds processes only. */
    public File wovenClassDirectory() {
        return new File(file.getAbsoluteFile().getParentFile(), "subcov-woven");
    }

    public File jacocoJar() {
        return new File(required(JACOCO_JAR));
    }

    /** What a JaCoCo agent jar names as its agent class: the value of {@link #JACOCO_PREMAIN_CLASS}. */
    public static String premainClassOf(JarFile jar) throws IOException {
        Manifest manifest = jar.getManifest();
        return manifest == null ? null : manifest.getMainAttributes().getValue("Premain-Class");
    }

    /** The {@code Premain-Class} of {@link #jacocoJar()}, or null when the file does not say. */
    public String jacocoPremainClass() {
        return properties.getProperty(JACOCO_PREMAIN_CLASS);
    }

    public String jacocoAgentArguments() {
        return required(JACOCO_AGENT_ARGUMENTS);
    }

    private String required(String key) {
        String value = properties.getProperty(key);
        if (value == null) {
            throw new IllegalStateException(file + " lacks " + key);
        }
        return value;
    }
}
