package io.github.subcov.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.github.subcov.interceptor.agent.AgentConfig;
import io.github.subcov.interceptor.launch.JvmProgram;
import io.github.subcov.interceptor.launch.ProcessFilter;
import java.io.File;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AgentConfigFileTest {

    @TempDir
    Path directory;

    @Test
    void namesJacocosAgentClassSoNoJvmReadsTheJarsManifest() throws Exception {
        Path jar = agentJar("org.jacoco.agent.rt.internal_abc.PreMain");

        AgentConfig config = written(jar);

        assertEquals("org.jacoco.agent.rt.internal_abc.PreMain", config.jacocoPremainClass());
        assertEquals(jar.toFile().getAbsoluteFile(), config.jacocoJar());
    }

    @Test
    void anUnreadableJarLeavesTheClassToEachJvmWhichReportsWhy() throws Exception {
        Path jar = Files.write(directory.resolve("broken.jar"), new byte[] {1, 2, 3});

        assertNull(written(jar).jacocoPremainClass());
    }

    @Test
    void saveSignalIsWrittenWhenOnAndLeftOutWhenOff() throws Exception {
        Path jar = agentJar("org.jacoco.agent.rt.internal_abc.PreMain");

        assertEquals("USR1", written(jar, "USR1").saveSignal());
        assertNull(written(jar, null).saveSignal());
        assertFalse(Files.readString(directory.resolve("target/subcov-agent.properties"))
                .contains(AgentConfig.SAVE_SIGNAL));
    }

    @Test
    void processFiltersReachEveryJvmThroughTheConfigAndAreLeftOutWhenUnset() throws Exception {
        Path jar = agentJar("org.jacoco.agent.rt.internal_abc.PreMain");
        JvmProgram worker = JvmProgram.ofCommand(List.of("java", "-cp", "app.jar", "app.Worker"));
        JvmProgram server = JvmProgram.ofCommand(List.of("java", "-jar", "server-1.0.jar"));

        ProcessFilter filter = written(jar, null, "app.*,server-*.jar", "app.Worker").processFilter();

        assertEquals(ProcessFilter.EXCLUDES, filter.skip(worker).filter());
        assertNull(filter.skip(server));
        assertNull(written(jar, null, null, null).processFilter());
        String file = Files.readString(directory.resolve("target/subcov-agent.properties"));
        assertFalse(file.contains(AgentConfig.PROCESS_INCLUDES) || file.contains(AgentConfig.PROCESS_EXCLUDES), file);
    }

    @Test
    void maskPatternsReachEveryJvmThroughTheConfigAndAreLeftOutForTheDefault() throws Exception {
        Path jar = agentJar("org.jacoco.agent.rt.internal_abc.PreMain");

        assertEquals("*pin*", written(jar, null, null, null, "*pin*").maskPatterns());
        assertNull(written(jar).maskPatterns());
        assertFalse(Files.readString(directory.resolve("target/subcov-agent.properties"))
                .contains(AgentConfig.MASK_PATTERNS));
    }

    private AgentConfig written(Path jacocoJar) throws Exception {
        return written(jacocoJar, null);
    }

    private AgentConfig written(Path jacocoJar, String saveSignal) throws Exception {
        return written(jacocoJar, saveSignal, null, null);
    }

    private AgentConfig written(Path jacocoJar, String saveSignal, String processIncludes, String processExcludes)
            throws Exception {
        return written(jacocoJar, saveSignal, processIncludes, processExcludes, null);
    }

    private AgentConfig written(Path jacocoJar, String saveSignal, String processIncludes, String processExcludes,
            String maskPatterns) throws Exception {
        File file = directory.resolve("target/subcov-agent.properties").toFile();
        AgentConfigFile.write(file, directory.resolve("data").toFile(), directory.resolve("i.jar").toFile(),
                jacocoJar.toFile(), null, "output=none", 1000, saveSignal, processIncludes, processExcludes,
                maskPatterns);
        return AgentConfig.read(file);
    }

    private Path agentJar(String premainClass) throws Exception {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().putValue("Premain-Class", premainClass);
        Path jar = directory.resolve("jacocoagent.jar");
        try (OutputStream out = new JarOutputStream(Files.newOutputStream(jar), manifest)) {
            out.flush();
        }
        return jar;
    }
}
