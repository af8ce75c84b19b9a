package io.github.subcov.maven;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import io.github.subcov.interceptor.data.DataFormat;
import io.github.subcov.interceptor.data.DataFormat.Manifest;
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
        JsonObject json = new JsonObject();
        json.addProperty(Manifest.FORMAT_VERSION, DataFormat.VERSION);
        json.addProperty(Manifest.ID, id);
        json.addProperty(Manifest.PID, pid);
        json.addProperty(Manifest.COMMAND, "java -cp app.jar app.Server");
        json.addProperty(Manifest.START_MILLIS, startMillis);
        json.addProperty(Manifest.ENDING, ending);
        json.addProperty(Manifest.LAST_DUMP_MILLIS, lastDumpMillis);
        json.add(Manifest.WARNINGS, new JsonArray());
        String text = new GsonBuilder().serializeNulls().create().toJson(json);
        Path manifest = DataFormat.manifestFile(directory.toFile(), id).toPath();
        Path written = Files.writeString(directory.resolve(manifest.getFileName() + DataFormat.TEMPORARY_SUFFIX), text);
        return Files.move(written, manifest, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    static Path writeRunning(Path directory, Process process) throws IOException {
        return write(directory, idOf(process.pid()), process.pid(), startOf(process), DataFormat.Ending.RUNNING.text(),
                null);
    }

    static long startOf(Process process) {
        return process.info().startInstant().orElseThrow().toEpochMilli();
    }
}
