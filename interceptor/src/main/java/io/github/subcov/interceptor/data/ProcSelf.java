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
    private static final File STAT = new File("/proc/self/stat");

    private ProcSelf() {
    }

    private static volatile String commandLineText;
    private static volatile String environmentText;
    private static volatile List<String> commandLine;

    /**
     * The program and its arguments, or null where there is no {@code /proc}. Read once: the
     * start-up path asks for it more than once, and it never changes.
     */
    public static List<String> commandLine() {
        if (commandLine == null) {
            commandLine = entries(commandLineText());
        }
        return commandLine;
    }

    /** {@code NAME=value} entries as the process started, or null where there is no {@code /proc}. */
    public static List<String> environment() {
        return entries(environmentText());
    }

    /** The command line as the OS keeps it, each argument followed by NUL; null without {@code /proc}. Read once. */
    public static String commandLineText() {
        if (commandLineText == null) {
            commandLineText = text(CMDLINE);
        }
        return commandLineText;
    }

    /** The environment as the OS keeps it, each entry followed by NUL; null without {@code /proc}. Read once. */
    public static String environmentText() {
        if (environmentText == null) {
            environmentText = text(ENVIRON);
        }
        return environmentText;
    }

    /** The pid of the process that started this one, or null where there is no {@code /proc}. */
    public static Long parentPid() {
        String stat = text(STAT);
        return stat == null ? null : parentPid(stat);
    }

    /**
     * The fourth field of {@code /proc/<pid>/stat}, {@code pid (comm) state ppid …}; the command's
     * name may hold blanks and parentheses, so the fields are counted from its last {@code )}.
     */
    static Long parentPid(String stat) {
        String[] fields = stat.substring(stat.lastIndexOf(')') + 1).trim().split(" ");
        try {
            return fields.length > 1 ? Long.valueOf(fields[1]) : null;
        } catch (NumberFormatException notStat) {
            return null;
        }
    }

    private static String text(File file) {
        if (!file.canRead()) {
            return null;
        }
        try {
            return new String(read(file));
        } catch (IOException unreadable) {
            return null;
        }
    }

    /** The NUL-separated entries of a {@code /proc} file's text, or null for null. */
    static List<String> entries(String text) {
        if (text == null) {
            return null;
        }
        List<String> entries = text.isEmpty() ? new ArrayList<String>() : Arrays.asList(text.split("\u0000"));
        return Collections.unmodifiableList(entries);
    }

    public static byte[] read(File file) throws IOException {
        return read(new FileInputStream(file));
    }

    /** Everything the stream holds; closes it. */
    public static byte[] read(InputStream in) throws IOException {
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
