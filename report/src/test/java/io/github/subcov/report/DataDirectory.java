package io.github.subcov.report;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import io.github.subcov.interceptor.data.DataFormat;
import io.github.subcov.interceptor.data.DataFormat.BuildStep;
import io.github.subcov.interceptor.data.DataFormat.Manifest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.jacoco.core.data.ExecutionData;
import org.jacoco.core.data.ExecutionDataWriter;
import org.jacoco.core.data.SessionInfo;
import org.jacoco.core.internal.data.CompactDataOutput;

/** Writes the files the interceptor leaves in a data directory. */
public final class DataDirectory {

    private DataDirectory() {
    }

    /** A covered JVM's manifest as an agent wrote it before it recorded a covered JVM's {@code main}. */
    public static Path writeManifest(Path directory, String id, String parent, long startMillis, String ending,
            String command) throws IOException {
        return write(directory, id, manifest(id, parent, startMillis, ending, command));
    }

    /** A covered JVM's manifest with every field the agent writes, named by {@link DataFormat.Manifest}. */
    public static Path writeManifest(Path directory, String id, String parent, long startMillis, String ending,
            String command, String main) throws IOException {
        JsonObject json = manifest(id, parent, startMillis, ending, command);
        json.addProperty(Manifest.MAIN, main);
        return write(directory, id, json);
    }

    /** A covered JVM's manifest with the pids the OS gave it and its parent (null: not recorded). */
    public static Path writeManifest(Path directory, String id, String parent, long startMillis, long pid,
            Long parentPid) throws IOException {
        JsonObject json = manifest(id, parent, startMillis, "exit", "java -cp classes demo.Main");
        json.addProperty(Manifest.PID, pid);
        json.addProperty(Manifest.PARENT_PID, parentPid);
        return write(directory, id, json);
    }

    /**
     * A build step record as Maven's JVM writes it, named by {@link DataFormat.BuildStep}: {@code step}
     * started process {@code pid} of {@code host} at {@code startMillis}.
     */
    public static Path writeBuildStep(Path directory, String host, long pid, String maven, long startMillis,
            String step) throws IOException {
        Map<String, Object> fields = Map.of(BuildStep.FORMAT_VERSION, DataFormat.VERSION, BuildStep.HOST, host,
                BuildStep.PID, pid, BuildStep.MAVEN, maven, BuildStep.START_MILLIS, startMillis, BuildStep.STEP, step);
        return Files.writeString(DataFormat.buildStepFile(directory.toFile(), host, pid, startMillis).toPath(),
                text(fields));
    }

    private static JsonObject manifest(String id, String parent, long startMillis, String ending, String command) {
        JsonObject json = new JsonObject();
        json.addProperty(Manifest.FORMAT_VERSION, DataFormat.VERSION);
        json.addProperty(Manifest.ID, id);
        json.addProperty(Manifest.PID, startMillis % 100000);
        json.addProperty(Manifest.PARENT, parent);
        json.addProperty(Manifest.COMMAND, command);
        json.addProperty(Manifest.WORKING_DIRECTORY, "/tmp/work");
        json.addProperty(Manifest.JAVA_VERSION, "17.0.15");
        json.addProperty(Manifest.JAVA_HOME, "/usr/lib/jvm/java-17");
        json.addProperty(Manifest.START_MILLIS, startMillis);
        boolean running = DataFormat.Ending.RUNNING.text().equals(ending);
        json.addProperty(Manifest.END_MILLIS, running ? null : startMillis + 500);
        json.addProperty(Manifest.ENDING, ending);
        json.add(Manifest.LAST_CHECKPOINT_MILLIS, null);
        json.add(Manifest.LAST_DUMP_MILLIS, null);
        json.add(Manifest.WARNINGS, new JsonArray());
        return json;
    }

    /** The manifest of a JVM that a process filter skipped; such a JVM writes no data file. */
    public static Path writeSkippedManifest(Path directory, String id, String parent, long startMillis, String filter,
            String main, String command) throws IOException {
        JsonObject json = new JsonObject();
        json.addProperty(Manifest.FORMAT_VERSION, DataFormat.VERSION);
        json.addProperty(Manifest.ID, id);
        json.add(Manifest.PID, null);
        json.addProperty(Manifest.PARENT, parent);
        json.addProperty(Manifest.COMMAND, command);
        json.addProperty(Manifest.START_MILLIS, startMillis);
        json.add(Manifest.ENDING, null);
        json.addProperty(Manifest.SKIPPED_BY, filter);
        json.addProperty(Manifest.MAIN, main);
        json.add(Manifest.WARNINGS, new JsonArray());
        return write(directory, id, json);
    }

    private static Path write(Path directory, String id, JsonObject json) throws IOException {
        return Files.writeString(DataFormat.manifestFile(directory.toFile(), id).toPath(), text(json));
    }

    /** As the agent writes it: nulls included, one field a line. */
    private static String text(Object json) {
        return new GsonBuilder().serializeNulls().setPrettyPrinting().create().toJson(json) + "\n";
    }

    public static Path writeExec(Path directory, String id, byte[] content) throws IOException {
        return Files.write(DataFormat.execFile(directory.toFile(), id).toPath(), content);
    }

    /** Execution data in JaCoCo's format for classes that need not exist. */
    public static byte[] exec(ExecutionData... classes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ExecutionDataWriter writer = new ExecutionDataWriter(out);
        writer.visitSessionInfo(new SessionInfo("session", 1000, 2000));
        for (ExecutionData data : classes) {
            writer.visitClassExecution(data);
        }
        return out.toByteArray();
    }

    /**
     * A file header and the start of one class record, written by hand so that the probe count
     * and the bytes after it can be anything: {@code packedProbes} follow as given.
     */
    public static byte[] handMadeRecord(long id, String name, int probeCount, byte... packedProbes) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        CompactDataOutput out = new CompactDataOutput(bytes);
        out.write(ExecutionDataWriter.getFileHeader());
        out.writeByte(ExecutionDataWriter.BLOCK_EXECUTIONDATA);
        out.writeLong(id);
        out.writeUTF(name);
        out.writeVarInt(probeCount);
        out.write(packedProbes);
        return bytes.toByteArray();
    }

    /** Probes hit at the given positions. */
    public static ExecutionData classData(long id, String name, int probeCount, int... hits) {
        boolean[] probes = new boolean[probeCount];
        for (int hit : hits) {
            probes[hit] = true;
        }
        return new ExecutionData(id, name, probes);
    }
}
