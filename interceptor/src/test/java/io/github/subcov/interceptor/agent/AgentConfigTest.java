package io.github.subcov.interceptor.agent;

import io.github.subcov.interceptor.launch.AgentFlags;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AgentConfigTest {

    @TempDir
    Path directory;

    private File write(String... keysAndValues) throws Exception {
        Properties properties = new Properties();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            properties.setProperty(keysAndValues[i], keysAndValues[i + 1]);
        }
        Path file = directory.resolve("J\u00fcrgen's config.properties");
        try (OutputStream out = Files.newOutputStream(file)) {
            properties.store(out, null);
        }
        return file.toFile();
    }

    @Test
    void flagsNameTheConfigFileByItsAbsolutePath() throws Exception {
        File file = write(AgentConfig.DATA_DIRECTORY, "/d", AgentConfig.INTERCEPTOR_JAR, "/i b/subcov-interceptor.jar",
                AgentConfig.JACOCO_JAR, "/j/jacoco.jar", AgentConfig.JACOCO_AGENT_ARGUMENTS, "output=none,excludes=a.*");

        AgentConfig config = AgentConfig.read(file);

        assertEquals(new File("/d"), config.dataDirectory());
        assertEquals(List.of("-Xbootclasspath/a:/i b/subcov-interceptor.jar" + File.pathSeparator + "/j/jacoco.jar",
                "-javaagent:/i b/subcov-interceptor.jar=parent=p,config=" + file.getAbsolutePath()),
                config.flags().forChildOf("p", true));
    }

    @Test
    void jacocoJarAndOptionsAreForTheInterceptorToStartJacocoWith() throws Exception {
        File file = write(AgentConfig.DATA_DIRECTORY, "/d", AgentConfig.INTERCEPTOR_JAR, "/i/subcov-interceptor.jar",
                AgentConfig.JACOCO_JAR, "/j k/jacoco.jar", AgentConfig.JACOCO_AGENT_ARGUMENTS, "output=none,excludes=a.*");

        AgentConfig config = AgentConfig.read(file);

        assertEquals(new File("/j k/jacoco.jar"), config.jacocoJar());
        assertEquals("output=none,excludes=a.*", config.jacocoAgentArguments());
        assertFalse(config.flags().forChildOf("p", true).stream().anyMatch(AgentFlags::isJacocoAgent),
                "JaCoCo's agent is never put on a child's command line");
    }

    @Test
    void checkpointIntervalDefaultsToOneSecond() throws Exception {
        assertEquals(1000L, AgentConfig.read(write()).checkpointMillis());
        assertEquals(0L, AgentConfig.read(write(AgentConfig.CHECKPOINT_MILLIS, " 0 ")).checkpointMillis());
    }

    @Test
    void missingSettingIsNamedWithTheFile() throws Exception {
        File file = write(AgentConfig.DATA_DIRECTORY, "/d");

        IllegalStateException failure = assertThrows(IllegalStateException.class, () -> AgentConfig.read(file).flags());

        assertTrue(failure.getMessage().contains(file.toString()), failure.getMessage());
        assertTrue(failure.getMessage().contains(AgentConfig.INTERCEPTOR_JAR), failure.getMessage());
        IllegalStateException jacoco = assertThrows(IllegalStateException.class, () -> AgentConfig.read(file).jacocoJar());
        assertTrue(jacoco.getMessage().contains(AgentConfig.JACOCO_JAR), jacoco.getMessage());
        assertThrows(IllegalStateException.class, () -> AgentConfig.read(file).jacocoAgentArguments());
    }
}
