package io.github.subcov.maven.forks;

import io.github.subcov.interceptor.hook.SkippedChildren;
import io.github.subcov.interceptor.launch.AgentFlags;
import io.github.subcov.interceptor.launch.LaunchRewriter;
import io.github.subcov.interceptor.launch.ProcessFilter;

import java.io.File;

import java.lang.management.ManagementFactory;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Covers the JVMs that Maven itself starts while a mojo runs in a module whose {@code prepare}
 * ran ({@code spring-boot:start}, {@code exec:exec}, antrun's {@code <java fork>}, …), and their
 * descendants, as a covered JVM covers its children: each module's launches with that module's
 * agent options and data directory. The build's listener reports the mojos as they start and
 * end; launches outside a mojo of such a module, or after the build, are left alone.
 */
public final class BuildForks {

    private static final Map<String, LaunchRewriter> REWRITERS = new ConcurrentHashMap<>();
    private static final ForkedLaunches LAUNCHES = new ForkedLaunches();
    private static volatile boolean installed;
    /** Maven's JVM refused the hook in this build: it is not tried again, nor the refusal reported twice. */
    private static volatile boolean refused;

    private BuildForks() {
    }

    /**
     * Covers what the module's mojos start from now on, as the process filter (or null) says, and
     * records in the data directory the JVMs it skips; returns whether the hook went into this JVM
     * just now. Throws with the cause where Maven's JVM does not let it in, once per build; the build
     * then goes on with the test JVMs covered.
     */
    public static synchronized boolean cover(String module, AgentFlags flags, ProcessFilter filter, File dataDirectory)
            throws Exception {
        String parentId = "maven-" + mavenPid();
        REWRITERS.put(module, new LaunchRewriter(flags, parentId, filter,
                filter == null ? null : new SkippedChildren(dataDirectory, parentId)));
        if (installed || refused) {
            return false;
        }
        try {
            MavenJvmHook.set(LAUNCHES, new ForkedLaunches.Started());
        } catch (Exception | LinkageError refusal) {
            refused = true;
            throw refusal;
        }
        installed = true;
        return true;
    }

    /** A mojo starts on this thread in the module. */
    public static void mojoStarted(String module) {
        LAUNCHES.enter(REWRITERS.get(module));
    }

    /** The mojo that ran on this thread ended. */
    public static void mojoEnded() {
        LAUNCHES.leave();
    }

    /** The build ended: nothing is rewritten any more, in this JVM or a daemon's next build. */
    public static synchronized void sessionEnded() throws Exception {
        REWRITERS.clear();
        refused = false;
        if (installed) {
            MavenJvmHook.clear();
            installed = false;
        }
    }

    private static String mavenPid() {
        String name = ManagementFactory.getRuntimeMXBean().getName();
        return name.substring(0, Math.max(name.indexOf('@'), 0));
    }
}
