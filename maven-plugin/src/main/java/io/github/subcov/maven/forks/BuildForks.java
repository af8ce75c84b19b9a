package io.github.subcov.maven.forks;

import io.github.subcov.interceptor.launch.AgentFlags;
import io.github.subcov.interceptor.launch.LaunchRewriter;

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
     * Covers what the module's mojos start from now on; returns whether the hook went into this
     * JVM just now. Throws with the cause where Maven's JVM does not let it in, once per build;
     * the build then goes on with the test JVMs covered.
     */
    public static synchronized boolean cover(String module, AgentFlags flags) throws Exception {
        REWRITERS.put(module, new LaunchRewriter(flags, "maven-" + mavenPid()));
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
