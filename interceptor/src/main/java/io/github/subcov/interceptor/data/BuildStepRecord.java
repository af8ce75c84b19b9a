package io.github.subcov.interceptor.data;

import io.github.subcov.interceptor.data.DataFormat.BuildStep;

import java.io.File;
import java.io.IOException;
import java.nio.charset.Charset;

/**
 * Writes the record of which build step started a process, in the fields {@link DataFormat.BuildStep}
 * names. Maven's JVM writes it as a mojo starts the process; no covered JVM loads this class.
 */
public final class BuildStepRecord {

    private static final Charset UTF_8 = Charset.forName("UTF-8");

    private BuildStepRecord() {
    }

    /**
     * Records that {@code step} started the process {@code pid} of this host at {@code startMillis},
     * from the Maven JVM that hands its children {@code mavenId}; returns the file, written whole or not at all.
     */
    public static File write(File dataDirectory, long pid, long startMillis, String step, String mavenId)
            throws IOException {
        String host = ProcessIdentity.hostName();
        File file = DataFormat.buildStepFile(dataDirectory, host, pid, startMillis);
        AtomicFile.write(file, toJson(host, pid, startMillis, step, mavenId).getBytes(UTF_8));
        return file;
    }

    static String toJson(String host, long pid, long startMillis, String step, String mavenId) {
        return "{\n"
                + field(BuildStep.FORMAT_VERSION, Integer.toString(DataFormat.VERSION)) + ",\n"
                + field(BuildStep.HOST, Json.string(host)) + ",\n"
                + field(BuildStep.PID, Long.toString(pid)) + ",\n"
                + field(BuildStep.MAVEN, Json.string(mavenId)) + ",\n"
                + field(BuildStep.START_MILLIS, Long.toString(startMillis)) + ",\n"
                + field(BuildStep.STEP, Json.string(step)) + "\n}\n";
    }

    private static String field(String name, String value) {
        return "  " + Json.string(name) + ": " + value;
    }
}
