package io.github.subcov.interceptor;

import fixtures.ShowProperties;
import io.github.subcov.interceptor.CoveredJvm.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A covered JVM that starts no child never loads {@code java.lang.ProcessImpl}, and of ByteBuddy
 * only the ASM core that weaves the halt hook into {@code Runtime}: no type pool, no advice. On
 * JDK 25 a single {@code System.getenv} in premain loads {@code ProcessImpl}.
 */
class LeanStartIT {

    @Test
    void jvmThatStartsNoChildLoadsNoProcessImplAndOnlyTheAsmCore(@TempDir Path directory) throws Exception {
        CoveredJvm jvm = CoveredJvm.in(directory);
        Path log = directory.resolve("classes.log");

        Run run = jvm.runWith(List.of(jvm.interceptorOption(), "-Xlog:class+load=info:file=" + log), Map.of(),
                ShowProperties.class.getName());

        assertEquals(0, run.exitCode(), run::describe);
        String loaded = Files.readString(log);
        assertTrue(loaded.contains(" io.github.subcov.interceptor.agent.Agent "), "the interceptor started");
        assertTrue(loaded.contains(" org.jacoco.agent.rt."), "the interceptor started JaCoCo");
        assertFalse(loaded.contains(" java.lang.ProcessImpl "), "ProcessImpl loaded at start");
        assertTrue(loaded.contains(".shaded.bytebuddy.jar.asm.ClassReader "), "the halt hook was woven");
        assertFalse(loaded.lines().anyMatch(line -> line.contains(".shaded.bytebuddy.") && !line.contains(".jar.asm.")),
                "ByteBuddy beyond ASM loaded at start");
        assertEquals(1, jvm.data().all().size());
    }
}
