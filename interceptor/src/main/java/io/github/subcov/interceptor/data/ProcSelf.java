package io.github.subcov.interceptor.data;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * This process's command line and environment as the OS has them ({@code /proc/self}). Cheaper at
 * start than the JDK's ways: {@code ProcessHandle} starts the process reaper machinery, the
 * management bean loads JMX, and on JDK 25 {@code System.getenv} loads {@code ProcessImpl}.
 */
public final class ProcSelf {

    private static final File CMDLINE = new File("/proc/self/cmdline");
    private static final File ENVIRON = new File("/proc/self/environ");

    private ProcSelf() {
    }

    private static volatile List<String> commandLine;
    private static volatile List<String> environment;

    /**
     * The program and its arguments, or null where there is no {@code /proc}. Read once: the
     * start-up path asks for it more than once, and it never changes.
     */
    public static List<String> commandLine() {
        if (commandLine == null) {
            commandLine = unmodifiable(entries(CMDLINE));
        }
        return commandLine;
    }

    /** {@code NAME=value} entries as the process started, or null where there is no {@code /proc}. Read once. */
    public static List<String> environment() {
        if (environment == null) {
            environment = unmodifiable(entries(ENVIRON));
        }
        return environment;
    }

    private static List<String> unmodifiable(List<String> entries) {
        return entries == null ? null : Collections.unmodifiableList(entries);
    }

    /** The NUL-separated entries of a {@code /proc} file, or null where it cannot be read. */
    static List<String> entries(File file) {
        if (!file.canRead()) {
            return null;
        }
        try {
            String text = new String(read(file));
            return text.isEmpty() ? new ArrayList<String>() : new ArrayList<String>(Arrays.asList(text.split("\u0000")));
        } catch (IOException unreadable) {
            return null;
        }
    }

    public static byte[] read(File file) throws IOException {
        InputStream in = new FileInputStream(file);
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[4096];
            for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                out.write(buffer, 0, n);
            }
            return out.toByteArray();
        } finally {
            in.close();
        }
    }
}
