package io.github.subcov.interceptor.hook;

import io.github.subcov.interceptor.launch.Launch;
import io.github.subcov.interceptor.launch.LaunchRewriter;
import io.github.subcov.interceptor.launch.ProcessFilter;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * The one entry point that the advice inlined into {@code java.lang.ProcessImpl.start} calls.
 * Whatever goes wrong here, the
 * user's command runs as given and one warning is recorded.
 */
public final class LaunchHook {

    private static volatile LaunchRewriter rewriter;
    /** Whether a launch is another hook's in this JVM to decide; null: every launch is this one's. */
    private static volatile BooleanSupplier decidedElsewhere;
    private static volatile WarningSink warnings;
    /** {rewriter's environment, the same in the JDK's map type}. */
    private static volatile Object[] lastEnvironment;
    /**
     * The rewriter whose options the launch this thread is making passes through {@code JAVA_TOOL_OPTIONS}.
     * Cleared by setting null, not by {@code remove()}: the thread's entry stays, so a launch allocates
     * no new one (which took about a microsecond of every spawn).
     */
    private static final ThreadLocal<LaunchRewriter> THROUGH_TOOL_OPTIONS = new ThreadLocal<LaunchRewriter>();

    private LaunchHook() {
    }

    public static void install(LaunchRewriter launchRewriter, WarningSink sink) {
        warnings = sink;
        rewriter = launchRewriter;
    }

    /**
     * Leaves the launches for which the test holds to another hook in this JVM, or none when null.
     * In a Maven that a covered build forked, this JVM's agent is that build's, and the build that
     * runs here puts its own hook beside it: the launches of its modules whose prepare ran are that
     * build's to decide, whichever of the two hooks the JDK calls first.
     */
    public static void leaveTo(BooleanSupplier otherHookDecides) {
        decidedElsewhere = otherHookDecides;
    }

    /**
     * Returns {@code {command, environment}} to start instead of the arguments given; the
     * environment is {@code null} when the child inherits this process's own.
     */
    public static Object[] rewrite(String[] command, Map<String, String> environment) {
        BooleanSupplier elsewhere = decidedElsewhere;
        try {
            if (elsewhere != null && elsewhere.getAsBoolean()) {
                return new Object[] {command, environment};
            }
        } catch (Throwable failure) {
            warn("could not ask Maven's launch hook whether a launch is its own: " + failure);
        }
        return rewrite(rewriter, command, environment);
    }

    /**
     * The same with the given rewriter, or none: in Maven's own JVM, the launches of each module's
     * mojos are rewritten by that module's.
     */
    public static Object[] rewrite(LaunchRewriter current, String[] command, Map<String, String> environment) {
        return rewrite(current, command, environment, false);
    }

    /** As {@link LaunchRewriter#withItsOwnAgent}: the command stays, subcov's options leave the environment. */
    public static Object[] withItsOwnAgent(LaunchRewriter current, String[] command, Map<String, String> environment) {
        return rewrite(current, command, environment, true);
    }

    private static Object[] rewrite(LaunchRewriter current, String[] command, Map<String, String> environment,
            boolean commandHasAgent) {
        THROUGH_TOOL_OPTIONS.set(null);
        if (current == null || command == null) {
            return new Object[] {command, environment};
        }
        try {
            List<String> given = Arrays.asList(command);
            Launch launch = commandHasAgent ? current.withItsOwnAgent(given, environment, System.getenv())
                    : current.rewrite(given, environment, System.getenv());
            if (launch.throughToolOptions()) {
                THROUGH_TOOL_OPTIONS.set(current);
            }
            if (launch.skipped() != null) {
                recordSkipped(current, given, launch.skipped());
            }
            Map<String, String> newEnvironment =
                    launch.environment() == null ? environment : jdkEnvironment(launch.environment());
            // most children (every non-Java one) keep their command: no copy then
            String[] newCommand = launch.command() == given ? command : launch.command().toArray(new String[0]);
            return new Object[] {newCommand, newEnvironment};
        } catch (Throwable failure) {
            warn("left a launch unchanged: " + failure + " (command: " + Arrays.toString(command) + ")");
            return new Object[] {command, environment};
        }
    }

    /**
     * A launch on this thread that is not handed to {@link #rewrite}: its child's pipes stay as they
     * are. In a covered JVM (a Maven that a covered build forked) the agent's own hook sees the launch
     * as well and decides that, whichever of the two hooks the JDK calls first.
     */
    public static void leftAlone() {
        if (rewriter == null) {
            THROUGH_TOOL_OPTIONS.set(null);
        }
    }

    /**
     * The child that the last launch on this thread started: where subcov's options reach its JVMs
     * through {@code JAVA_TOOL_OPTIONS}, the lines they print for it are taken out of its pipes.
     */
    public static void started(Object child) {
        LaunchRewriter current = THROUGH_TOOL_OPTIONS.get();
        if (current == null) {
            return;
        }
        THROUGH_TOOL_OPTIONS.set(null);
        try {
            ChildPipes.hideToolOptionsLines((Process) child, current);
        } catch (Throwable failure) {
            warn("a child's output keeps its Picked up JAVA_TOOL_OPTIONS line: " + failure);
        }
    }

    /** Its own failure costs a warning, not the launch as the rewriter decided it. */
    private static void recordSkipped(LaunchRewriter current, List<String> command, ProcessFilter.Skip skip) {
        try {
            if (current.skippedLaunches() != null) {
                current.skippedLaunches().skipped(command, skip);
            }
        } catch (Throwable failure) {
            warn("could not record a JVM that " + skip.filter() + " skipped: " + failure + " (command: " + command
                    + ")");
        }
    }

    /**
     * The environment in the JDK's own map type, which {@code ProcessImpl} needs: a fresh
     * {@code ProcessBuilder} hands one out, and the caller's map stays untouched. The rewriter
     * returns the same environment for every child that inherits this JVM's, and ProcessImpl only
     * reads it, so the last one made is reused.
     */
    public static Map<String, String> jdkEnvironment(Map<String, String> environment) {
        Object[] last = lastEnvironment;
        if (last != null && last[0] == environment) {
            @SuppressWarnings("unchecked")
            Map<String, String> made = (Map<String, String>) last[1];
            return made;
        }
        Map<String, String> made = new ProcessBuilder().environment();
        made.clear();
        made.putAll(environment);
        lastEnvironment = new Object[] {environment, made};
        return made;
    }

    private static void warn(String message) {
        WarningSink sink = warnings;
        if (sink != null) {
            try {
                sink.warn(message);
            } catch (Throwable ignored) {
                // recording a warning must never break a launch
            }
        }
    }
}
