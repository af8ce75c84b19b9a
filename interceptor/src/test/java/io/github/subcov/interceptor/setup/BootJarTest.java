package io.github.subcov.interceptor.setup;

import io.github.subcov.interceptor.agent.AgentConfig;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BootJarTest {

    @TempDir
    Path directory;

    @Test
    void holdsEveryEntryOfBothWithTheInterceptorsManifest() throws Exception {
        File interceptor = jar("subcov-interceptor.jar", "io.github.subcov.interceptor.PreMain",
                "io/github/subcov/A.class", "META-INF/maven/x.pom");
        File jacoco = jar("org.jacoco.agent-runtime.jar", "org.jacoco.agent.rt.internal_1.PreMain",
                "org/jacoco/agent/rt/RT.class", "META-INF/maven/x.pom");

        File joint = BootJar.in(directory.toFile(), interceptor, jacoco, "t");

        try (JarFile jar = new JarFile(joint)) {
            assertEquals("io.github.subcov.interceptor.PreMain", AgentConfig.premainClassOf(jar));
            assertEquals(Set.of("META-INF/MANIFEST.MF", "io/github/subcov/A.class", "META-INF/maven/x.pom",
                    "org/jacoco/agent/rt/RT.class"), names(jar));
            assertArrayEquals(content("other org/jacoco/agent/rt/RT.class"),
                    jar.getInputStream(jar.getEntry("org/jacoco/agent/rt/RT.class")).readAllBytes());
            assertArrayEquals(content("META-INF/maven/x.pom"),
                    jar.getInputStream(jar.getEntry("META-INF/maven/x.pom")).readAllBytes(), "the interceptor's, first");
        }
        assertTrue(joint.getName().startsWith(BootJar.PREFIX) && joint.getName().endsWith(".jar"), joint::getName);
        assertFalse(joint.getName().contains("jacoco"), "a -javaagent jar so named counts as JaCoCo's own agent");
    }

    @Test
    void isWrittenOnceForTheSameJarsAndAnewForOthers() throws Exception {
        File interceptor = jar("subcov-interceptor.jar", "P", "a/A.class");
        File jacoco = jar("jacocoagent.jar", "Q", "b/B.class");
        File first = BootJar.in(directory.toFile(), interceptor, jacoco, "t");
        long written = first.lastModified();
        assertTrue(first.setLastModified(written - 60_000));

        assertEquals(first, BootJar.in(directory.toFile(), interceptor, jacoco, "u"));
        assertEquals(written - 60_000, first.lastModified(), "not written again");

        assertTrue(jacoco.setLastModified(jacoco.lastModified() - 120_000));
        File other = BootJar.in(directory.toFile(), interceptor, jacoco, "u");
        assertNotEquals(first, other, "another JaCoCo jar makes another joint jar");
        assertTrue(first.isFile(), "a JVM of an earlier build may still start from the first");
        try (JarFile jar = new JarFile(other)) {
            assertEquals(Set.of("META-INF/MANIFEST.MF", "a/A.class", "b/B.class"), names(jar));
        }
    }

    @Test
    void anUnreadableJarFailsWithItsName() throws Exception {
        File interceptor = jar("subcov-interceptor.jar", "P", "a/A.class");
        File broken = Files.write(directory.resolve("broken.jar"), new byte[] {1, 2, 3}).toFile();

        IOException failure = assertThrows(IOException.class,
                () -> BootJar.in(directory.resolve("out").toFile(), interceptor, broken, "t"));

        assertTrue(String.valueOf(failure.getMessage()).contains("broken.jar"), failure::toString);
    }

    private File jar(String name, String premainClass, String... entries) throws IOException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().putValue("Premain-Class", premainClass);
        Path jar = directory.resolve(name);
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file, manifest)) {
            for (String entry : entries) {
                out.putNextEntry(new JarEntry(entry));
                out.write(content(name.startsWith("subcov") ? entry : "other " + entry));
                out.closeEntry();
            }
        }
        return jar.toFile();
    }

    private static byte[] content(String entry) {
        return ("content of " + entry).getBytes(StandardCharsets.UTF_8);
    }

    private static Set<String> names(JarFile jar) {
        Set<String> names = new TreeSet<>();
        jar.stream().forEach(entry -> names.add(entry.getName()));
        return names;
    }
}
