package io.github.subcov.maven;

import io.github.subcov.interceptor.data.ProcessIdentity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Manifests as covered JVMs write them, of real processes of this host or made up. */
final class Manifests {

    private Manifests() {
    }

    static String idOf(long pid) {
        return ProcessIdentity.hostName() + "-" + pid + "-test";
    }

    /** Written whole, as a JVM writes it: to a temporary file renamed over the manifest. */
    static Path write(Path directory, String id, long pid, long startMillis, String ending, Long lastDumpMillis)
            throws IOException {
        String json = """
                {
                  "id": "%s",
                  "pid": %d,
                  "command": "java -cp app.jar app.Server",
                  "startMillis": %d,
                  "ending": "%s",
                  "lastDumpMillis": %s,
                  "warnings": []
                }
                """.formatted(id, pid, startMillis, ending, lastDumpMillis);
        Path manifest = directory.resolve(id + ".json");
        Path written = Files.writeString(directory.resolve(id + ".json.tmp"), json);
        return Files.move(written, manifest, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    static Path writeRunning(Path directory, Process process) throws IOException {
        return write(directory, idOf(process.pid()), process.pid(), startOf(process), "running", null);
    }

    static long startOf(Process process) {
        return process.info().startInstant().orElseThrow().toEpochMilli();
    }
}
