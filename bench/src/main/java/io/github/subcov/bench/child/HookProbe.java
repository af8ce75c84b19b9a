package io.github.subcov.bench.child;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Whether subcov's launch hook is live in this JVM: a shell child then finds subcov's agent in
 * its {@code JAVA_TOOL_OPTIONS}. A spawn benchmark whose hook never ran would measure nothing.
 */
public final class HookProbe {

    private HookProbe() {
    }

    public static boolean childSeesSubcov() throws IOException, InterruptedException {
        return namesSubcov(childToolOptions());
    }

    /** Whether {@code JAVA_TOOL_OPTIONS} of that value loads subcov's agent. */
    public static boolean namesSubcov(String toolOptions) {
        return toolOptions.contains("subcov-interceptor");
    }

    /** The {@code JAVA_TOOL_OPTIONS} a shell started from here sees, empty when it has none. */
    public static String childToolOptions() throws IOException, InterruptedException {
        Process shell = new ProcessBuilder("/bin/sh", "-c", "printf '%s' \"$JAVA_TOOL_OPTIONS\"").start();
        shell.getOutputStream().close();
        String options = new String(shell.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        shell.waitFor();
        return options;
    }
}
