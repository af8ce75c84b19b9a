package io.github.subcov.interceptor.data;

import java.io.BufferedReader;
import java.io.File;
import java.io.FileReader;
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
        String random = Long.toString(new Random().nextLong() & 0xffffffffffL, 36);
        return new ProcessIdentity(host() + "-" + pid + "-" + random, pid, parentId);
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

    private static long currentPid() {
        try {
            // Java 9+; reflection keeps the agent Java 8 bytecode
            Class<?> handle = Class.forName("java.lang.ProcessHandle");
            Object current = handle.getMethod("current").invoke(null);
            Method pid = handle.getMethod("pid");
            return (Long) pid.invoke(current);
        } catch (Exception java8) {
            try {
                return Long.parseLong(new File("/proc/self").getCanonicalFile().getName());
            } catch (Exception noProc) {
                // the management bean costs tens of milliseconds: only the last resort
                String name = java.lang.management.ManagementFactory.getRuntimeMXBean().getName();
                return Long.parseLong(name.substring(0, name.indexOf('@')));
            }
        }
    }

    /** The host part of every id made here. */
    public static String hostName() {
        return host();
    }

    /** The host name without a DNS look-up, which can stall a start for seconds. */
    private static String host() {
        String host = null;
        try {
            BufferedReader reader = new BufferedReader(new FileReader("/proc/sys/kernel/hostname"));
            try {
                host = reader.readLine();
            } finally {
                reader.close();
            }
        } catch (IOException notLinux) {
            host = System.getenv("COMPUTERNAME");
            if (host == null) {
                host = System.getenv("HOSTNAME");
            }
        }
        String clean = host == null ? "" : host.trim().replaceAll("[^A-Za-z0-9.]", "_");
        return clean.isEmpty() ? "localhost" : clean;
    }
}
