package io.github.subcov.maven;

import io.github.subcov.interceptor.agent.AgentConfig;
import org.apache.maven.plugin.MojoExecutionException;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.util.Properties;
import java.util.jar.JarFile;

/** The one file every covered JVM reads: its absolute path is the interceptor's agent argument. */
final class AgentConfigFile {

    private AgentConfigFile() {
    }

    /**
     * @param bootJar the interceptor and JaCoCo's agent in one jar, or null
     * @param saveSignal the signal that makes a JVM write a snapshot, or null for none
     * @param processIncludes {@code subcov.processIncludes} as checked, or null for none
     * @param processExcludes {@code subcov.processExcludes} as checked, or null for none
     * @param maskPatterns {@code subcov.maskPatterns} as checked, or null for the default
     */
    static void write(File file, File dataDirectory, File interceptorJar, File jacocoJar, File bootJar,
            String jacocoAgentArguments, long checkpointMillis, String saveSignal, String processIncludes,
            String processExcludes, String maskPatterns) throws MojoExecutionException {
        Properties properties = new Properties();
        properties.setProperty(AgentConfig.DATA_DIRECTORY, dataDirectory.getAbsolutePath());
        properties.setProperty(AgentConfig.INTERCEPTOR_JAR, interceptorJar.getAbsolutePath());
        properties.setProperty(AgentConfig.JACOCO_JAR, jacocoJar.getAbsolutePath());
        if (bootJar != null) {
            properties.setProperty(AgentConfig.BOOT_JAR, bootJar.getAbsolutePath());
        }
        properties.setProperty(AgentConfig.JACOCO_AGENT_ARGUMENTS, jacocoAgentArguments);
        String premainClass = premainClassOf(jacocoJar);
        if (premainClass != null) {
            properties.setProperty(AgentConfig.JACOCO_PREMAIN_CLASS, premainClass);
        }
        properties.setProperty(AgentConfig.CHECKPOINT_MILLIS, Long.toString(checkpointMillis));
        if (saveSignal != null) {
            // absent when off: a JVM then reads nothing more and loads nothing of it
            properties.setProperty(AgentConfig.SAVE_SIGNAL, saveSignal);
        }
        // absent when unset, as a signal is: every JVM is covered and none loads the filter
        if (processIncludes != null) {
            properties.setProperty(AgentConfig.PROCESS_INCLUDES, processIncludes);
        }
        if (processExcludes != null) {
            properties.setProperty(AgentConfig.PROCESS_EXCLUDES, processExcludes);
        }
        if (maskPatterns != null) {
            properties.setProperty(AgentConfig.MASK_PATTERNS, maskPatterns);
        }
        try {
            Files.createDirectories(file.getParentFile().toPath());
            try (OutputStream out = Files.newOutputStream(file.toPath())) {
                properties.store(out, "written by subcov:prepare, read by every covered JVM");
            }
        } catch (IOException failure) {
            throw new MojoExecutionException("subcov: cannot write " + file + ": " + failure, failure);
        }
    }

    /** Null when the jar cannot say: each JVM then reads the manifest itself, and reports why it fails. */
    private static String premainClassOf(File jacocoJar) {
        try (JarFile jar = new JarFile(jacocoJar)) {
            return AgentConfig.premainClassOf(jar);
        } catch (IOException unreadable) {
            return null;
        }
    }
}
