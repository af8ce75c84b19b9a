package io.github.subcov.interceptor.data;

import java.io.File;
import java.io.IOException;
import java.lang.reflect.Method;
import java.util.Random;

/** Who this process is: {@code host-pid-random}, unique across hosts, pid reuse and restarts. */
public final class ProcessIdentity {

    private final String id;
    private final long pid;
    private final String parentId;

    private ProcessIdentity(String id, long pid, String parentId) {
        this.id = id;
        this.pid = pid;
        this.parentId = parentId;
    }

    public static ProcessIdentity current(String parentId) {
        long pid = currentPid();
        return new ProcessIdentity(hostName() + "-" + pid + "-" + random(), pid, parentId);
    }

    /**
     * The id of a child that its parent started without coverage ({@code host-skipped-random}): it
     * is not started yet, so no pid, and it writes nothing under any id of its own.
     */
    static String ofSkippedLaunch() {
        return hostName() + "-skipped-" + random();
    }

    private static String random() {
        return Long.toString(new Random().nextLong() & 0xffffffffffL, 36);
    }

    public String id() {
        return id;
    }

    public long pid() {
        return pid;
    }

    public String parentId() {
        return parentId;
    }

    /**
     * {@code /proc/self} first: {@code ProcessHandle.current()} starts the JDK's process reaper
     * machinery, 10–45 ms of every JVM's start measured in bench/, and the management bean more.
     */
    private static long currentPid() {
        try {
            return Long.parseLong(new File("/proc/self").getCanonicalFile().getName());
        } catch (Exception noProc) {
            try {
                // Java 9+; reflection keeps the agent Java 8 bytecode
                Class<?> handle = Class.forName("java.lang.ProcessHandle");
                Object current = handle.getMethod("current").invoke(null);
                Method pid = handle.getMethod("pid");
                return (Long) pid.invoke(current);
            } catch (Exception java8) {
                String name = java.lang.management.ManagementFactory.getRuntimeMXBean().getName();
                return Long.parseLong(name.substring(0, name.indexOf('@')));
            }
        }
    }

    private static final File HOSTNAME_FILE = new File("/proc/sys/kernel/hostname");
    private static String host;

    /** The host part of every id made here, read once. */
    public static synchronized String hostName() {
        if (host == null) {
            host = readHost();
        }
        return host;
    }

    /** The host name without a DNS look-up, which can stall a start for seconds. */
    private static String readHost() {
        String host = null;
        try {
            // bytes, not a Reader: its decoder classes are not in the JDK's class-data archive
            host = new String(ProcSelf.read(HOSTNAME_FILE));
        } catch (IOException notLinux) {
            host = System.getenv("COMPUTERNAME");
            if (host == null) {
                host = System.getenv("HOSTNAME");
            }
        }
        // by hand: a regex here loads java.util.regex into every covered JVM's start
        StringBuilder clean = new StringBuilder();
        for (char c : (host == null ? "" : host.trim()).toCharArray()) {
            boolean plain = c < 128 && (Character.isLetterOrDigit(c) || c == '.');
            clean.append(plain ? c : '_');
        }
        return clean.length() == 0 ? "localhost" : clean.toString();
    }
}
