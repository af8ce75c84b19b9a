package io.github.subcov.maven.forks;

import io.github.subcov.interceptor.data.DataFormat;
import io.github.subcov.interceptor.hook.LaunchHook;
import io.github.subcov.interceptor.hook.SkippedChildren;
import io.github.subcov.interceptor.launch.AgentFlags;
import io.github.subcov.interceptor.launch.LaunchRewriter;
import io.github.subcov.interceptor.launch.ProcessFilter;

import java.io.File;

import java.lang.management.ManagementFactory;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * Covers the JVMs that Maven itself starts while a mojo runs in a module whose {@code prepare}
 * ran ({@code spring-boot:start}, {@code exec:exec}, antrun's {@code <java fork>}, …), and their
 * descendants, as a covered JVM covers its children: each module's launches with that module's
 * agent options and data directory. The build's listener reports the mojos as they start and
 * end; launches outside a mojo of such a module, or after the build, are left alone.
 */
public final class BuildForks {

    private static final Map<String, LaunchRewriter> REWRITERS = new ConcurrentHashMap<>();
    private static final Map<String, BuildStepRecorder> RECORDERS = new ConcurrentHashMap<>();
    private static final ForkedLaunches LAUNCHES = new ForkedLaunches();
    private static volatile boolean installed;
    /** Maven's JVM refused the hook in this build: it is not tried again, nor the refusal reported twice. */
    private static volatile boolean refused;

    private BuildForks() {
    }

    /**
     * Covers what the module's mojos start from now on, as the process filter (or null) says, and
     * records in the data directory the JVMs it skips, their secrets masked by {@code maskPatterns} (null
     * for the default), and which build step started each process; a record that cannot be written
     * is told to {@code warnings} (null: to no one), once per build. Returns whether the hook went
     * into this JVM just now. Throws with the cause where Maven's JVM does not let it in, once per
     * build; the build then goes on with the test JVMs covered.
     */
    public static synchronized boolean cover(String module, AgentFlags flags, ProcessFilter filter, File dataDirectory,
            String maskPatterns, Consumer<String> warnings) throws Exception {
        String parentId = DataFormat.MAVEN_ID_PREFIX + mavenPid();
        REWRITERS.put(module, new LaunchRewriter(flags, parentId, filter,
                filter == null ? null : new SkippedChildren(dataDirectory, parentId, maskPatterns)));
        RECORDERS.put(module, new BuildStepRecorder(dataDirectory, parentId, warnings));
        if (installed || refused) {
            return false;
        }
        // ByteBuddy may start a JVM to attach with, on this thread: subcov's own, which no agent covers
        Thread attaching = Thread.currentThread();
        leaveToThisBuild(() -> Thread.currentThread() == attaching);
        boolean hooked = false;
        try {
            MavenJvmHook.set(LAUNCHES, new ForkedLaunches.Started(LAUNCHES));
            hooked = true;
        } catch (Exception | LinkageError refusal) {
            refused = true;
            throw refusal;
        } finally {
            leaveToThisBuild(hooked ? LAUNCHES::decides : null);
        }
        installed = true;
        return true;
    }

    /**
     * In a Maven that a covered build forked, that build's agent hooks this JVM's launches too: the
     * launches of this build's prepared modules are left to this build, the rest to that one. The
     * agent's classes come first on the boot class path, so {@code LaunchHook} here is the agent's.
     */
    private static void leaveToThisBuild(BooleanSupplier decides) {
        try {
            LaunchHook.leaveTo(decides);
        } catch (LinkageError otherVersion) {
            // an agent of a subcov that cannot be told: both hooks decide, as they did before it could
        }
    }

    /**
     * A mojo starts on this thread in the module, as the build step named (null: unknown), such as
     * {@code maven-surefire-plugin:test (default-test) @ app}.
     */
    public static void mojoStarted(String module, String step) {
        LAUNCHES.enter(REWRITERS.get(module), RECORDERS.get(module), step);
    }

    /** The mojo that ran on this thread ended. */
    public static void mojoEnded() {
        LAUNCHES.leave();
    }

    /** The build ended: nothing is rewritten any more, in this JVM or a daemon's next build. */
    public static synchronized void sessionEnded() throws Exception {
        REWRITERS.clear();
        RECORDERS.clear();
        BuildStepRecorder.sessionEnded();
        refused = false;
        if (installed) {
            leaveToThisBuild(null);
            MavenJvmHook.clear();
            installed = false;
        }
    }

    private static String mavenPid() {
        String name = ManagementFactory.getRuntimeMXBean().getName();
        return name.substring(0, Math.max(name.indexOf('@'), 0));
    }
}
