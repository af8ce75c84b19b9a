package io.github.subcov.maven;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.subcov.report.combine.ProcessManifest;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LiveProcessTest {

    @TempDir
    Path directory;

    private Process process;

    @BeforeEach
    void start() throws Exception {
        process = new ProcessBuilder("sleep", "30").start();
    }

    @AfterEach
    void stop() {
        process.destroyForcibly();
    }

    @Test
    void aProcessOfThisHostWithItsPidAndStartIsAlive() throws Exception {
        // an agent starts after its JVM: the manifest's start is later than the OS's
        assertTrue(LiveProcess.isAlive(manifest(Manifests.idOf(process.pid()), Manifests.startOf(process) + 300)));
    }

    @Test
    void aPidThatCameRoundAgainIsNotTheManifestsProcess() throws Exception {
        long startedAnHourBefore = Manifests.startOf(process) - 3_600_000;

        assertFalse(LiveProcess.isAlive(manifest(Manifests.idOf(process.pid()), startedAnHourBefore)));
    }

    @Test
    void aProcessOfAnotherHostIsNotLookedAt() throws Exception {
        String otherHost = "other.host-" + process.pid() + "-test";

        assertFalse(LiveProcess.isAlive(manifest(otherHost, Manifests.startOf(process))));
    }

    @Test
    void aProcessThatEndedIsNotAlive() throws Exception {
        long start = Manifests.startOf(process);
        process.destroyForcibly().waitFor();

        assertFalse(LiveProcess.isAlive(manifest(Manifests.idOf(process.pid()), start)));
    }

    private ProcessManifest manifest(String id, long startMillis) throws Exception {
        return ProcessManifest.read(Manifests.write(directory, id, process.pid(), startMillis, "running", null).toFile());
    }
}
