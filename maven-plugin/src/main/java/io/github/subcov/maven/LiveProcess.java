package io.github.subcov.maven;

import io.github.subcov.interceptor.data.ProcessIdentity;
import io.github.subcov.report.combine.ProcessManifest;

import java.io.File;
import java.lang.reflect.Method;
import java.time.Instant;
import java.util.Optional;

/**
 * Whether the JVM a manifest describes still runs: on this host, under its pid, and started no
 * later than its agent did. A manifest that says {@code running} is also what a JVM killed with
 * SIGKILL leaves, and the OS may since have given its pid to another process.
 */
final class LiveProcess {

    /**
     * The JDK takes a process's start from the boot time in whole seconds plus clock ticks, so it
     * lands up to a second early; the slack covers a clock adjusted since, in the other direction.
     */
    static final long START_SLACK_MILLIS = 1000;
    private static final File PROC = new File("/proc");

    private LiveProcess() {
    }

    static boolean isAlive(ProcessManifest manifest) {
        Long pid = manifest.pid();
        // ids are host-pid-random: a JVM of another host sharing the directory cannot be looked at
        if (pid == null || manifest.id() == null
                || !manifest.id().startsWith(ProcessIdentity.hostName() + "-" + pid + "-")) {
            return false;
        }
        Long started = ProcessHandles.startIfAlive(pid);
        if (started == null) {
            return false;
        }
        return started == ProcessHandles.UNKNOWN_START || manifest.startMillis() == null
                || started <= manifest.startMillis() + START_SLACK_MILLIS;
    }

    /**
     * {@code java.lang.ProcessHandle} by reflection: the plugin runs in Maven's JVM, which may be
     * Java 8; there a process is alive while {@code /proc} lists it, with no check of its start.
     */
    private static final class ProcessHandles {
        static final long UNKNOWN_START = Long.MIN_VALUE;
        private static final Method OF;
        private static final Method IS_ALIVE;
        private static final Method INFO;
        private static final Method START_INSTANT;

        static {
            Method of = null;
            Method isAlive = null;
            Method info = null;
            Method startInstant = null;
            try {
                Class<?> handle = Class.forName("java.lang.ProcessHandle");
                of = handle.getMethod("of", long.class);
                isAlive = handle.getMethod("isAlive");
                info = handle.getMethod("info");
                startInstant = Class.forName("java.lang.ProcessHandle$Info").getMethod("startInstant");
            } catch (ReflectiveOperationException java8) {
                of = null;
            }
            OF = of;
            IS_ALIVE = isAlive;
            INFO = info;
            START_INSTANT = startInstant;
        }

        /** The process's start in epoch milliseconds, {@link #UNKNOWN_START}, or null when it is not alive. */
        static Long startIfAlive(long pid) {
            if (OF == null) {
                return PROC.isDirectory() && new File(PROC, Long.toString(pid)).isDirectory() ? UNKNOWN_START : null;
            }
            try {
                Optional<?> handle = (Optional<?>) OF.invoke(null, pid);
                if (!handle.isPresent() || !(Boolean) IS_ALIVE.invoke(handle.get())) {
                    return null;
                }
                Optional<?> start = (Optional<?>) START_INSTANT.invoke(INFO.invoke(handle.get()));
                return start.isPresent() ? ((Instant) start.get()).toEpochMilli() : UNKNOWN_START;
            } catch (ReflectiveOperationException | RuntimeException unknown) {
                return null;
            }
        }
    }
}
