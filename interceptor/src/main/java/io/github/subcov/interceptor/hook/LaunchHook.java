package io.github.subcov.interceptor.hook;

import io.github.subcov.interceptor.launch.Launch;
import io.github.subcov.interceptor.launch.LaunchRewriter;

import java.util.Arrays;
import java.util.Map;

/**
 * The one entry point that the advice inlined into {@code java.lang.ProcessImpl.start} calls.
 * Whatever goes wrong here, the
 * user's command runs as given and one warning is recorded.
 */
public final class LaunchHook {

    private static volatile LaunchRewriter rewriter;
    private static volatile WarningSink warnings;

    private LaunchHook() {
    }

    /** Where the hook reports that it left a command unchanged because of its own failure. */
    public interface WarningSink {
        void warn(String message);
    }

    public static void install(LaunchRewriter launchRewriter, WarningSink sink) {
        warnings = sink;
        rewriter = launchRewriter;
    }

    /**
     * Returns {@code {command, environment}} to start instead of the arguments given; the
     * environment is {@code null} when the child inherits this process's own.
     */
    public static Object[] rewrite(String[] command, Map<String, String> environment) {
        LaunchRewriter current = rewriter;
        if (current == null || command == null) {
            return new Object[] {command, environment};
        }
        try {
            Launch launch = current.rewrite(Arrays.asList(command), environment, System.getenv());
            Map<String, String> newEnvironment = environment;
            if (launch.environment() != null) {
                // ProcessImpl needs the JDK's own map type: a fresh ProcessBuilder hands one out,
                // and the caller's map stays untouched.
                newEnvironment = new ProcessBuilder().environment();
                newEnvironment.clear();
                newEnvironment.putAll(launch.environment());
            }
            return new Object[] {launch.command().toArray(new String[0]), newEnvironment};
        } catch (Throwable failure) {
            warn("left a launch unchanged: " + failure + " (command: " + Arrays.toString(command) + ")");
            return new Object[] {command, environment};
        }
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
