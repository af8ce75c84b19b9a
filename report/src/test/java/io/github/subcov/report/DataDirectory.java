package io.github.subcov.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jacoco.core.data.ExecutionData;
import org.jacoco.core.data.ExecutionDataWriter;
import org.jacoco.core.data.SessionInfo;
import org.jacoco.core.internal.data.CompactDataOutput;

/** Writes the files the interceptor leaves in a data directory. */
public final class DataDirectory {

    private DataDirectory() {
    }

    public static Path writeManifest(Path directory, String id, String parent, long startMillis, String ending,
            String command) throws IOException {
        String json = """
                {
                  "id": "%s",
                  "pid": %d,
                  "parent": %s,
                  "command": "%s",
                  "workingDirectory": "/tmp/work",
                  "javaVersion": "17.0.15",
                  "javaHome": "/usr/lib/jvm/java-17",
                  "startMillis": %d,
                  "endMillis": %s,
                  "ending": "%s",
                  "lastCheckpointMillis": null,
                  "warnings": []
                }
                """.formatted(id, startMillis % 100000, parent == null ? "null" : '"' + parent + '"',
                command.replace("\\", "\\\\").replace("\"", "\\\""), startMillis,
                "running".equals(ending) ? "null" : Long.toString(startMillis + 500), ending);
        return Files.writeString(directory.resolve(id + ".json"), json);
    }

    /** The manifest of a JVM that a process filter skipped; such a JVM writes no data file. */
    public static Path writeSkippedManifest(Path directory, String id, String parent, long startMillis, String filter,
            String main, String command) throws IOException {
        String json = """
                {
                  "id": "%s",
                  "pid": null,
                  "parent": "%s",
                  "command": "%s",
                  "startMillis": %d,
                  "ending": null,
                  "skippedBy": "%s",
                  "main": %s,
                  "warnings": []
                }
                """.formatted(id, parent, command, startMillis, filter, main == null ? "null" : '"' + main + '"');
        return Files.writeString(directory.resolve(id + ".json"), json);
    }

    public static Path writeExec(Path directory, String id, byte[] content) throws IOException {
        return Files.write(directory.resolve(id + ".exec"), content);
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
