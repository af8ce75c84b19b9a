package io.github.subcov.maven.forks;

import io.github.subcov.interceptor.hook.LaunchHook;
import io.github.subcov.interceptor.launch.AgentFlags;
import io.github.subcov.interceptor.launch.LaunchRewriter;

import java.util.Map;
import java.util.function.Function;

/**
 * The launch hook in Maven's own JVM: a process that a mojo starts, on its thread or a thread it
 * made, is rewritten as a covered JVM rewrites its children, with the rewriter of the module the
 * mojo runs in; any other launch is left alone. A launch that already names a coverage agent
 * (Surefire's forked JVM, which gets it from the argLine, often through {@code sh -c}) keeps its
 * command: it is covered, and the agent must not come twice; only subcov's options that this JVM
 * inherited (a Maven that a covered build forked) leave its environment. Either way the module's
 * data directory gets a record of the build step that started the process.
 */
final class ForkedLaunches implements Function<Object[], Object[]> {

    private static final String JAVAAGENT = "-javaagent:";

    /**
     * Inherited: a thread that a mojo starts (a process pump, an async exec) carries its module's
     * rewriter. A stack, as a mojo may fork a lifecycle whose mojos start and end inside it.
     */
    private final InheritableThreadLocal<Scope> scope = new InheritableThreadLocal<>();
    /** The launch that this thread is making, till {@link Started} sees its child: whose it is, and when. */
    private final ThreadLocal<Launching> launching = new ThreadLocal<>();

    /**
     * A mojo starts on this thread, in a module with this rewriter and recorder, or null where
     * prepare did not run; it is this build step (null: unknown).
     */
    void enter(LaunchRewriter rewriter, BuildStepRecorder steps, String step) {
        scope.set(new Scope(rewriter, steps, step, scope.get()));
    }

    /** The mojo that started last on this thread ended. */
    void leave() {
        Scope current = scope.get();
        scope.set(current == null ? null : current.outer);
    }

    /** Whether a launch on this thread now is one that this hook decides: a mojo's in a prepared module. */
    boolean decides() {
        Scope current = scope.get();
        return current != null && current.rewriter != null;
    }

    private static final class Scope {
        final LaunchRewriter rewriter;
        final BuildStepRecorder steps;
        final String step;
        final Scope outer;

        Scope(LaunchRewriter rewriter, BuildStepRecorder steps, String step, Scope outer) {
            this.rewriter = rewriter;
            this.steps = steps;
            this.step = step;
            this.outer = outer;
        }
    }

    private static final class Launching {
        final Scope scope;
        final long startMillis;

        Launching(Scope scope, long startMillis) {
            this.scope = scope;
            this.startMillis = startMillis;
        }
    }

    @Override
    @SuppressWarnings("unchecked")
    public Object[] apply(Object[] launch) {
        Scope current = scope.get();
        LaunchRewriter rewriter = current == null ? null : current.rewriter;
        String[] command = (String[]) launch[0];
        if (rewriter == null || command == null) {
            launching.set(null);
            LaunchHook.leftAlone();
            return null;
        }
        // taken before the start, so it comes before the JVM's own start time
        launching.set(new Launching(current, System.currentTimeMillis()));
        Map<String, String> environment = (Map<String, String>) launch[1];
        if (namesCoverageAgent(command)) {
            return LaunchHook.withItsOwnAgent(rewriter, command, environment);
        }
        Object[] rewritten = LaunchHook.rewrite(rewriter, command, environment);
        return ForkedMaven.runsMaven(command) ? throughMavenOpts(rewritten, rewriter) : rewritten;
    }

    @SuppressWarnings("unchecked")
    private static Object[] throughMavenOpts(Object[] launch, LaunchRewriter rewriter) {
        Map<String, String> environment = (Map<String, String>) launch[1];
        try {
            Map<String, String> moved = environment == null ? null : ForkedMaven.throughMavenOpts(environment, rewriter);
            return moved == environment ? launch : new Object[] {launch[0], LaunchHook.jdkEnvironment(moved)};
        } catch (RuntimeException failure) {
            // JAVA_TOOL_OPTIONS covers the forked Maven as well, with its Picked up line
            return launch;
        }
    }

    /**
     * Sees each child started, with {@code {process}}: its pipes may need filtering, and a mojo's
     * child gets its build step recorded.
     */
    static final class Started implements Function<Object[], Object[]> {
        private final ForkedLaunches launches;

        Started(ForkedLaunches launches) {
            this.launches = launches;
        }

        @Override
        public Object[] apply(Object[] child) {
            LaunchHook.started(child[0]);
            launches.recordStep(child[0]);
            return null;
        }
    }

    /** Records which build step started the child of this thread's launch, where a mojo's launch it was. */
    private void recordStep(Object child) {
        Launching launch = launching.get();
        if (launch == null) {
            return;
        }
        launching.set(null);
        if (launch.scope.steps != null) {
            launch.scope.steps.record(launch.scope.step, launch.startMillis, child);
        }
    }

    /** Whether an argument, or an option inside one (a shell's command string), loads JaCoCo's agent or subcov's. */
    private static boolean namesCoverageAgent(String[] command) {
        for (String argument : command) {
            for (int at = argument.indexOf(JAVAAGENT); at >= 0; at = argument.indexOf(JAVAAGENT, at + 1)) {
                if (AgentFlags.isCoverageAgent(argument.substring(at))) {
                    return true;
                }
            }
        }
        return false;
    }
}
