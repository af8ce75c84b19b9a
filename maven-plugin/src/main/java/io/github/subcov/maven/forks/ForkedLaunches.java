package io.github.subcov.maven.forks;

import io.github.subcov.interceptor.hook.LaunchHook;
import io.github.subcov.interceptor.launch.LaunchRewriter;

import java.util.Map;
import java.util.function.Function;

/**
 * The launch hook in Maven's own JVM: a process that a mojo starts, on its thread or a thread it
 * made, is rewritten as a covered JVM rewrites its children, with the rewriter of the module the
 * mojo runs in; any other launch is left alone. A launch that already names a coverage agent
 * (Surefire's forked JVM, which gets it from the argLine, often through {@code sh -c}) is left as
 * it is: it is covered, and the agent must not come twice.
 */
final class ForkedLaunches implements Function<Object[], Object[]> {

    /** Inherited: a thread that a mojo starts (a process pump, an async exec) carries its module's rewriter. */
    private final InheritableThreadLocal<LaunchRewriter> scope = new InheritableThreadLocal<>();

    void enter(LaunchRewriter rewriter) {
        scope.set(rewriter);
    }

    void leave() {
        scope.remove();
    }

    @Override
    @SuppressWarnings("unchecked")
    public Object[] apply(Object[] launch) {
        LaunchRewriter rewriter = scope.get();
        String[] command = (String[]) launch[0];
        if (rewriter == null || command == null || namesCoverageAgent(command)) {
            return null;
        }
        return LaunchHook.rewrite(rewriter, command, (Map<String, String>) launch[1]);
    }

    private static boolean namesCoverageAgent(String[] command) {
        for (String argument : command) {
            if (argument.contains("-javaagent:") && (argument.contains("subcov-interceptor") || argument.contains("jacoco"))) {
                return true;
            }
        }
        return false;
    }
}
