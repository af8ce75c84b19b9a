package io.github.subcov.interceptor.data;

import java.io.File;
import java.io.IOException;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;

/**
 * What the report needs to know about one process besides its coverage: who started it, how,
 * and how it ended. Environment values are never recorded.
 */
public final class ProcessManifest {

    /** How the process ended; {@code running} left on disk means it was killed (or still runs). */
    public enum Ending { RUNNING, EXIT, HALT }

    private static final Charset UTF_8 = Charset.forName("UTF-8");
    private static final String ENDING = "ending";

    private final ProcessIdentity identity;
    private String commandLine;
    private final long startMillis;
    private final List<String> warnings = new ArrayList<String>();
    private Ending ending = Ending.RUNNING;
    private long endMillis;
    private long lastCheckpointMillis;
    private long lastDumpMillis;

    public ProcessManifest(ProcessIdentity identity, long startMillis) {
        this.identity = identity;
        this.startMillis = startMillis;
    }

    public synchronized void warn(String message) {
        if (warnings.size() < 20) {
            warnings.add(message);
        }
    }

    public synchronized void checkpointed(long millis) {
        lastCheckpointMillis = millis;
    }

    public synchronized void dumped(long millis) {
        lastDumpMillis = millis;
    }

    public synchronized void ended(Ending how, long millis) {
        ending = how;
        endMillis = millis;
    }

    public void write(File file) throws IOException {
        AtomicFile.write(file, toJson().getBytes(UTF_8));
    }

    synchronized String toJson() {
        if (commandLine == null) {
            // looked up on first write, off the start-up path
            commandLine = commandLine();
        }
        StringBuilder json = new StringBuilder(512).append("{\n");
        field(json, "id", Json.string(identity.id()));
        field(json, "pid", Long.toString(identity.pid()));
        field(json, "parent", Json.string(identity.parentId()));
        field(json, "command", Json.string(commandLine));
        field(json, "workingDirectory", Json.string(System.getProperty("user.dir")));
        field(json, "javaVersion", Json.string(System.getProperty("java.version")));
        field(json, "javaHome", Json.string(System.getProperty("java.home")));
        field(json, "startMillis", Long.toString(startMillis));
        field(json, "endMillis", endMillis == 0 ? "null" : Long.toString(endMillis));
        field(json, ENDING, endingText(ending));
        field(json, "lastCheckpointMillis", lastCheckpointMillis == 0 ? "null" : Long.toString(lastCheckpointMillis));
        field(json, "lastDumpMillis", lastDumpMillis == 0 ? "null" : Long.toString(lastDumpMillis));
        json.append("  \"warnings\": [");
        for (int i = 0; i < warnings.size(); i++) {
            json.append(i == 0 ? "" : ", ").append(Json.string(warnings.get(i)));
        }
        return json.append("]\n}\n").toString();
    }

    /** Whether a manifest this class wrote still says the process runs. */
    public static boolean saysRunning(String json) {
        return json.contains(fieldText(ENDING, endingText(Ending.RUNNING)));
    }

    private static String endingText(Ending ending) {
        return Json.string(ending.name().toLowerCase(java.util.Locale.ROOT));
    }

    private static String fieldText(String name, String value) {
        return Json.string(name) + ": " + value;
    }

    private static void field(StringBuilder json, String name, String value) {
        json.append("  ").append(fieldText(name, value)).append(",\n");
    }

    /** As the OS has it, joined by spaces as {@code ProcessHandle.Info.commandLine} does on Linux. */
    private static String commandLine() {
        List<String> command = ProcSelf.commandLine();
        if (command != null && !command.isEmpty()) {
            StringBuilder line = new StringBuilder();
            for (String argument : command) {
                line.append(line.length() == 0 ? "" : " ").append(argument);
            }
            return line.toString();
        }
        return System.getProperty("java.home") + "/bin/java " + System.getProperty("sun.java.command", "");
    }
}
