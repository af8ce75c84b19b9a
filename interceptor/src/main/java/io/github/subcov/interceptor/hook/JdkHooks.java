package io.github.subcov.interceptor.hook;

import java.util.Map;
import java.util.function.Function;

/**
 * What the code woven into JDK methods calls (see {@code weave.EntryHookMethod}): each method gets
 * the woven method's arguments and returns those it should go on with, or null.
 */
public final class JdkHooks {

    /** The names the weaver calls these methods by. */
    static final String PROCESS_START = "processStart";
    static final String PROCESS_STARTED = "processStarted";
    static final String PROCESS_DESTROY = "processDestroy";
    static final String SHUTDOWN_HALT = "shutdownHalt";

    private JdkHooks() {
    }

    /** The hook of that name as a {@code Function}, which a woven class keeps (see {@code EntryHook.keptInField}). */
    public static Function<Object[], Object[]> function(String hook) {
        return new Hook(hook);
    }

    /** A class, not a lambda: the first lambda costs a JVM's start the lambda machinery. */
    private static final class Hook implements Function<Object[], Object[]> {
        private final String name;

        Hook(String name) {
            if (!PROCESS_START.equals(name) && !PROCESS_STARTED.equals(name) && !PROCESS_DESTROY.equals(name)) {
                throw new IllegalArgumentException("no hook " + name + " to keep");
            }
            this.name = name;
        }

        @Override
        public Object[] apply(Object[] arguments) {
            if (PROCESS_START.equals(name)) {
                return processStart(arguments);
            }
            return PROCESS_STARTED.equals(name) ? processStarted(arguments) : processDestroy(arguments);
        }
    }

    /** {@code ProcessImpl.start(String[] command, Map environment, ...)}: rewrites the launch. */
    @SuppressWarnings("unchecked")
    public static Object[] processStart(Object[] arguments) {
        Object[] launch = LaunchHook.rewrite((String[]) arguments[0], (Map<String, String>) arguments[1]);
        // the woven code made this array for this call alone and reads the arguments back from it
        arguments[0] = launch[0];
        arguments[1] = launch[1];
        return arguments;
    }

    /** What {@code ProcessImpl.start} returns: the child's pipes may need filtering. */
    public static Object[] processStarted(Object[] returned) {
        LaunchHook.started(returned[0]);
        return null;
    }

    /** {@code ProcessImpl.destroy(boolean force)}: a child about to be killed writes its snapshot first. */
    public static Object[] processDestroy(Object[] arguments) {
        DestroyHook.beforeDestroy(arguments[0], (Boolean) arguments[1]);
        return null;
    }

    /**
     * {@code Shutdown.halt(int)}: from {@code Runtime.halt}, shutdown hooks will not run, so the
     * snapshot is written now. A normal exit also ends there, holding the {@code Shutdown} class's
     * lock, after the hooks (subcov's exit snapshot among them) have run: nothing to do then.
     */
    public static Object[] shutdownHalt(Object[] arguments) throws ClassNotFoundException {
        if (!Thread.holdsLock(Class.forName("java.lang.Shutdown"))) {
            HaltHook.beforeHalt();
        }
        return null;
    }
}
