package io.github.subcov.bench.generate;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import io.github.subcov.interceptor.data.DataFormat;
import io.github.subcov.interceptor.data.DataFormat.Manifest;
import org.jacoco.core.data.ExecutionData;
import org.jacoco.core.data.ExecutionDataStore;
import org.jacoco.core.data.ExecutionDataWriter;
import org.jacoco.core.data.SessionInfo;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;

/**
 * The data directory of a build that started many JVMs: one {@code .exec} and one manifest per
 * process, made from the data of one real run. Like the JVMs of a real suite, processes run
 * different parts of the application (groups of classes) along a few different paths (probe
 * patterns) each: every file differs, but per class only a handful of probe sets occur.
 */
public final class ProcessFiles {

    /** Probe patterns per class: the real run's, and variants of it. */
    static final int PATTERNS = 4;
    static final long SEED = 4;

    private ProcessFiles() {
    }

    /** Writes {@code processes} pairs of files; the first process is the root, the test JVM, and runs everything. */
    public static void write(ExecutionDataStore real, Path directory, int processes, String javaHome)
            throws IOException {
        Random random = new Random(SEED);
        TreeMap<Integer, List<ExecutionData[]>> groups = patternsByGroup(real, random);
        long start = 1_800_000_000_000L;
        List<String> ids = new ArrayList<String>();
        for (int process = 0; process < processes; process++) {
            String id = String.format("bench-%d-%s", 100_000 + process, Long.toString(process * 7919L + 13, 36));
            String parent = process == 0 ? null : ids.get(random.nextInt(Math.min(ids.size(), 10)));
            ids.add(id);
            long started = start + process * 250L;
            List<ExecutionData> classes = new ArrayList<ExecutionData>();
            for (List<ExecutionData[]> group : groups.values()) {
                if (process == 0 || random.nextInt(2) == 0) {
                    for (ExecutionData[] patterns : group) {
                        classes.add(patterns[process == 0 ? 0 : random.nextInt(PATTERNS)]);
                    }
                }
            }
            writeExec(DataFormat.execFile(directory.toFile(), id).toPath(), id, started, classes);
            writeManifest(DataFormat.manifestFile(directory.toFile(), id).toPath(), id, parent, 100_000 + process, started, javaHome);
        }
    }

    /** Classes keyed by their group of the generated app; classes outside a group form group -1. */
    private static TreeMap<Integer, List<ExecutionData[]>> patternsByGroup(ExecutionDataStore real, Random random) {
        TreeMap<Integer, List<ExecutionData[]>> groups = new TreeMap<Integer, List<ExecutionData[]>>();
        for (ExecutionData data : real.getContents()) {
            int group = groupOf(data.getName());
            ExecutionData[] patterns = new ExecutionData[PATTERNS];
            patterns[0] = data;
            for (int pattern = 1; pattern < PATTERNS; pattern++) {
                boolean[] probes = data.getProbes().clone();
                for (int probe = 0; probe < probes.length; probe++) {
                    probes[probe] = probes[probe] ? random.nextInt(10) < 7 : random.nextInt(10) == 0;
                }
                patterns[pattern] = new ExecutionData(data.getId(), data.getName(), probes);
            }
            groups.computeIfAbsent(group, g -> new ArrayList<ExecutionData[]>()).add(patterns);
        }
        return groups;
    }

    private static int groupOf(String vmName) {
        if (vmName.startsWith("app/c/C")) {
            return Integer.parseInt(vmName.substring("app/c/C".length())) / GeneratedApp.GROUP_SIZE;
        }
        if (vmName.startsWith("app/g/G")) {
            return Integer.parseInt(vmName.substring("app/g/G".length()));
        }
        return -1;
    }

    static void writeExec(Path file, String id, long started, List<ExecutionData> classes)
            throws IOException {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
            ExecutionDataWriter writer = new ExecutionDataWriter(out);
            writer.visitSessionInfo(new SessionInfo(id, started, started + 2_000));
            for (ExecutionData data : classes) {
                writer.visitClassExecution(data);
            }
        }
    }

    /** A manifest of every field but a skipped JVM's, named as {@link DataFormat.Manifest} has them. */
    private static void writeManifest(Path file, String id, String parent, long pid, long started, String javaHome)
            throws IOException {
        writeManifest(file, id, parent, pid, started, javaHome, javaHome + "/bin/java -javaagent:/build/subcov-interceptor.jar="
                + "config=/build/target/subcov-agent.properties -cp /build/target/classes app.Main", "/build");
    }

    /** As above, with the command and working directory given. */
    static void writeManifest(Path file, String id, String parent, long pid, long started, String javaHome,
            String command, String workingDirectory) throws IOException {
        JsonObject json = new JsonObject();
        json.addProperty(Manifest.FORMAT_VERSION, DataFormat.VERSION);
        json.addProperty(Manifest.ID, id);
        json.addProperty(Manifest.PID, pid);
        json.addProperty(Manifest.PARENT, parent);
        json.addProperty(Manifest.COMMAND, command);
        json.addProperty(Manifest.WORKING_DIRECTORY, workingDirectory);
        json.addProperty(Manifest.JAVA_VERSION, System.getProperty("java.version"));
        json.addProperty(Manifest.JAVA_HOME, javaHome);
        json.addProperty(Manifest.START_MILLIS, started);
        json.addProperty(Manifest.END_MILLIS, started + 2_000);
        json.addProperty(Manifest.ENDING, DataFormat.Ending.EXIT.text());
        json.addProperty(Manifest.LAST_CHECKPOINT_MILLIS, started + 2_000);
        json.add(Manifest.LAST_DUMP_MILLIS, null);
        json.add(Manifest.WARNINGS, new JsonArray());
        Files.writeString(file, new GsonBuilder().serializeNulls().setPrettyPrinting().create().toJson(json) + "\n",
                StandardCharsets.UTF_8);
    }
}
