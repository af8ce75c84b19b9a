package io.github.subcov.interceptor;

import fixtures.ShowProperties;
import io.github.subcov.interceptor.CoveredJvm.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A covered JVM that starts no child never loads {@code java.lang.ProcessImpl}. Of ByteBuddy only
 * the ASM core is ever loaded, and only by the first JVM of a build, which weaves the halt hook
 * into {@code java.lang.Shutdown}; later JVMs take the woven class from the cache and load no ASM
 * at all. On JDK 25 a single {@code System.getenv} in premain loads {@code ProcessImpl}. Nor does
 * it parse its options, unless their raw text mentions JaCoCo, nor touch signals while
 * {@code subcov.saveSignal} is off.
 */
class LeanStartIT {

    @TempDir
    Path directory;

    @Test
    void onlyTheFirstJvmLoadsAsmAndNoJvmThatStartsNoChildLoadsProcessImpl() throws Exception {
        CoveredJvm jvm = CoveredJvm.in(directory);

        String first = classesLoaded(jvm, "first.log");
        String second = classesLoaded(jvm, "second.log");

        assertTrue(first.contains(".shaded.bytebuddy.jar.asm.ClassReader "), "the first JVM wove the halt hook");
        assertFalse(first.lines().anyMatch(line -> line.contains(".shaded.bytebuddy.") && !line.contains(".jar.asm.")),
                "ByteBuddy beyond ASM loaded at start");
        assertFalse(second.contains(".shaded."), "the second JVM wove again instead of using the cache");
        assertFalse(second.contains(".weave.EntryHook "), "the second JVM made the hooks it only weaves with");
        for (String loaded : List.of(first, second)) {
            assertTrue(loaded.contains(" io.github.subcov.interceptor.agent.Agent "), "the interceptor started");
            assertTrue(loaded.contains(" org.jacoco.agent.rt."), "the interceptor started JaCoCo");
            assertFalse(loaded.contains(" java.lang.ProcessImpl "), "ProcessImpl loaded at start");
            assertFalse(loaded.contains(".agent.JvmArguments "), "options parsed though nothing mentions JaCoCo");
            assertFalse(loaded.contains(" sun.misc.Signal"), "a signal handled though subcov.saveSignal is off");
            assertFalse(loaded.contains(".data.SaveSignal "), "the save signal loaded though it is off");
            // its names are constants, compiled into the writers: the format's owner costs no class at start
            assertFalse(loaded.contains(".data.DataFormat "), "the data format's owner loaded at start");
        }
        assertEquals(2, jvm.data().all().size());
    }

    @Test
    void aConfigThatLeavesJacocosAgentClassToItsJarStillStartsJacoco() throws Exception {
        CoveredJvm jvm = CoveredJvm.withoutJacocoPremainClass(directory);

        Run run = jvm.run(ShowProperties.class.getName());

        assertEquals(0, run.exitCode(), run::describe);
        jvm.data().only(ShowProperties.class.getName()).assertCovered(ShowProperties.class, "main");
    }

    private String classesLoaded(CoveredJvm jvm, String logName) throws IOException {
        Path log = directory.resolve(logName);
        List<String> options = new ArrayList<>(jvm.agentFlags());
        options.add("-Xlog:class+load=info:file=" + log);
        Run run = jvm.runWith(options,
                withoutJacocoMentions(), ShowProperties.class.getName());
        assertEquals(0, run.exitCode(), run::describe);
        return Files.readString(log);
    }

    /**
     * The build's own variables that mention JaCoCo (MAVEN_CMD_LINE_ARGS naming a test, say),
     * blanked: with them the JVM rightly parses its options, which this test says it need not.
     */
    private static Map<String, String> withoutJacocoMentions() {
        Map<String, String> blanked = new HashMap<>();
        System.getenv().forEach((name, value) -> {
            if ((name + "=" + value).toLowerCase(Locale.ROOT).contains("jacoco")) {
                blanked.put(name, "");
            }
        });
        return blanked;
    }
}
