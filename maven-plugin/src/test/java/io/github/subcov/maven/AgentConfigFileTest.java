package io.github.subcov.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.github.subcov.interceptor.agent.AgentConfig;
import java.io.File;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
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

    private AgentConfig written(Path jacocoJar) throws Exception {
        return written(jacocoJar, null);
    }

    private AgentConfig written(Path jacocoJar, String saveSignal) throws Exception {
        File file = directory.resolve("target/subcov-agent.properties").toFile();
        AgentConfigFile.write(file, directory.resolve("data").toFile(), directory.resolve("i.jar").toFile(),
                jacocoJar.toFile(), null, "output=none", 1000, saveSignal);
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
