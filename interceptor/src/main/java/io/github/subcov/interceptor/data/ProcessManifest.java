package io.github.subcov.interceptor.data;

import io.github.subcov.interceptor.data.DataFormat.Ending;
import io.github.subcov.interceptor.data.DataFormat.Manifest;
import io.github.subcov.interceptor.launch.JvmProgram;
import io.github.subcov.interceptor.launch.SecretMask;

import java.io.File;
import java.io.IOException;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes what the report needs to know about one process besides its coverage: who started it,
 * how, and how it ended, in the fields {@link DataFormat.Manifest} names. Environment values are
 * never recorded, and the values of secrets in the command line and the warnings are masked
 * ({@link SecretMask}).
 */
public final class ProcessManifest {

    private static final Charset UTF_8 = Charset.forName("UTF-8");

    private final String id;
    /** Null for a child that its parent describes before it starts. */
    private final Long pid;
    private final String parentId;
    /** The OS parent's pid, read on first write; null where unknown. */
    private Long parentPid;
    /** Whether this JVM is the one described, so its properties say what it runs on. */
    private final boolean thisJvm;
    /** {@code subcov.maskPatterns} as the config holds it; null for the default. */
    private final String maskPatterns;
    private SecretMask mask;
    private String commandLine;
    private final long startMillis;
    private final List<String> warnings = new ArrayList<String>();
    /** How many of {@link #warnings}, from the first, are masked already: each is masked once. */
    private int maskedWarnings;
    private Ending ending = Ending.RUNNING;
    private long endMillis;
    private long lastCheckpointMillis;
    private long lastDumpMillis;
    private String skippedBy;
    /** The main class or jar: a skipped JVM's as its filter saw it, a covered one's looked up on first write. */
    private String mainName;

    /** A manifest that masks secrets by {@link SecretMask#DEFAULT_PATTERNS}. */
    public ProcessManifest(ProcessIdentity identity, long startMillis) {
        this(identity, startMillis, null);
    }

    /** @param maskPatterns {@code subcov.maskPatterns} as the config holds it, null for the default */
    public ProcessManifest(ProcessIdentity identity, long startMillis, String maskPatterns) {
        this(identity.id(), identity.pid(), identity.parentId(), null, true, startMillis, maskPatterns);
    }

    private ProcessManifest(String id, Long pid, String parentId, String commandLine, boolean thisJvm,
            long startMillis, String maskPatterns) {
        this.maskPatterns = maskPatterns;
        this.id = id;
        this.pid = pid;
        this.parentId = parentId;
        this.commandLine = commandLine;
        this.thisJvm = thisJvm;
        this.startMillis = startMillis;
    }

    public synchronized void warn(String message) {
        if (warnings.size() < Manifest.MAX_WARNINGS) {
            warnings.add(message);
        }
    }

    public synchronized void checkpointed(long millis) {
        lastCheckpointMillis = millis;
    }

    public synchronized void dumped(long millis) {
        lastDumpMillis = millis;
    }

    /**
     * A process filter keeps this JVM from being covered: it records nothing,
     * and the manifest says neither that it runs nor how it ended, so no one waits for its data.
     *
     * @param filter the property that skipped it
     * @param name its main class or jar, or null when neither is known
     */
    public synchronized void skipped(String filter, String name) {
        skippedBy = filter;
        mainName = name;
    }

    public synchronized void ended(Ending how, long millis) {
        ending = how;
        endMillis = millis;
    }

    public void write(File file) throws IOException {
        AtomicFile.write(file, toJson().getBytes(UTF_8));
    }

    synchronized String toJson() {
        if (mask == null) {
            // worked out once, on first write, off the start-up path
            mask = SecretMask.of(maskPatterns);
            commandLine = mask.mask(commandLine == null ? commandLine() : commandLine);
            if (thisJvm && skippedBy == null && mainName == null) {
                mainName = JvmProgram.thisJvm(commandLine).name();
            }
            if (thisJvm) {
                // before a shell between Maven and this JVM ends: the report finds the build step by it
                parentPid = ProcSelf.parentPid();
            }
        }
        for (; maskedWarnings < warnings.size(); maskedWarnings++) {
            warnings.set(maskedWarnings, mask.mask(warnings.get(maskedWarnings)));
        }
        StringBuilder json = new StringBuilder(512).append("{\n");
        field(json, Manifest.FORMAT_VERSION, Integer.toString(DataFormat.VERSION));
        field(json, Manifest.ID, Json.string(id));
        field(json, Manifest.PID, pid == null ? "null" : pid.toString());
        field(json, Manifest.PARENT, Json.string(parentId));
        field(json, Manifest.PARENT_PID, parentPid == null ? "null" : parentPid.toString());
        field(json, Manifest.COMMAND, Json.string(commandLine));
        field(json, Manifest.WORKING_DIRECTORY, Json.string(thisJvm ? System.getProperty("user.dir") : null));
        field(json, Manifest.JAVA_VERSION, Json.string(thisJvm ? System.getProperty("java.version") : null));
        field(json, Manifest.JAVA_HOME, Json.string(thisJvm ? System.getProperty("java.home") : null));
        field(json, Manifest.START_MILLIS, Long.toString(startMillis));
        field(json, Manifest.END_MILLIS, millis(endMillis));
        field(json, Manifest.ENDING, skippedBy != null ? "null" : Json.string(ending.text()));
        field(json, Manifest.LAST_CHECKPOINT_MILLIS, millis(lastCheckpointMillis));
        field(json, Manifest.LAST_DUMP_MILLIS, millis(lastDumpMillis));
        if (skippedBy != null) {
            field(json, Manifest.SKIPPED_BY, Json.string(skippedBy));
        }
        field(json, Manifest.MAIN, Json.string(mainName));
        json.append("  ").append(Json.string(Manifest.WARNINGS)).append(": [");
        for (int i = 0; i < warnings.size(); i++) {
            json.append(i == 0 ? "" : ", ").append(Json.string(warnings.get(i)));
        }
        return json.append("]\n}\n").toString();
    }

    /**
     * Writes the manifest of a child that this JVM starts without coverage, as a process filter
     * said: only its parent knows of it. It has no pid yet, and nothing of its JVM is known.
     */
    public static void writeSkippedLaunch(File dataDirectory, String parentId, String command, long startMillis,
            String filter, String name, String maskPatterns) throws IOException {
        ProcessManifest manifest = new ProcessManifest(ProcessIdentity.ofSkippedLaunch(), null, parentId, command,
                false, startMillis, maskPatterns);
        manifest.skipped(filter, name);
        manifest.write(new File(dataDirectory, manifest.id + DataFormat.MANIFEST_SUFFIX));
    }

    /** Whether a manifest this class wrote still says the process runs. */
    public static boolean saysRunning(String json) {
        return json.contains(fieldText(Manifest.ENDING, Json.string(Ending.RUNNING.text())));
    }

    private static String millis(long millis) {
        return millis == 0 ? "null" : Long.toString(millis);
    }

    private static String fieldText(String name, String value) {
        return Json.string(name) + ": " + value;
    }

    private static void field(StringBuilder json, String name, String value) {
        json.append("  ").append(fieldText(name, value)).append(",\n");
    }

    /** This JVM's command line as the manifest records it, and as a process filter tests it. */
    public static String commandLine() {
        List<String> command = ProcSelf.commandLine();
        if (command != null && !command.isEmpty()) {
            return JvmProgram.joined(command);
        }
        return System.getProperty("java.home") + "/bin/java " + System.getProperty("sun.java.command", "");
    }
}
