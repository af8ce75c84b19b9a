package io.github.subcov.interceptor.hook;

import java.lang.instrument.Instrumentation;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Collections;
import java.util.Map;
import java.util.Set;

/**
 * Runs a task after every application shutdown hook has finished. {@code Runtime.addShutdownHook}
 * would run it beside them, and lose whatever they do after it. The JDK's own shutdown runs
 * system hooks one after another from {@code java.lang.Shutdown}'s slots (Java 8 to 25): slot 1
 * starts every application hook and joins them all, so a task in a later slot runs after them, in
 * each normal ending: {@code System.exit} from any thread, the last non-daemon thread ending,
 * and SIGTERM, SIGINT and SIGHUP, which the JDK turns into {@code System.exit}.
 */
public final class AfterShutdownHooks {

    private static final String SHUTDOWN = "java.lang.Shutdown";
    /** Slots 0 to 2 are the JDK's (console, application hooks, delete-on-exit); the last runs after all. */
    private static final int LAST_SLOT = 9;
    private static final int FIRST_FREE_SLOT = 3;

    private AfterShutdownHooks() {
    }

    /** Registers the task in the last free slot; throws if the JDK has no such slots or keeps them closed. */
    public static void register(Runnable task, Instrumentation instrumentation) throws Exception {
        openJavaLangToThisModule(instrumentation);
        Method add = Class.forName(SHUTDOWN).getDeclaredMethod("add", int.class, boolean.class, Runnable.class);
        add.setAccessible(true);
        for (int slot = LAST_SLOT; ; slot--) {
            try {
                add.invoke(null, slot, Boolean.FALSE, task);
                return;
            } catch (InvocationTargetException taken) {
                // InternalError: another agent holds the slot; IllegalArgumentException: a JDK with fewer
                boolean tryLower = taken.getCause() instanceof InternalError
                        || taken.getCause() instanceof IllegalArgumentException;
                if (!tryLower || slot == FIRST_FREE_SLOT) {
                    throw taken;
                }
            }
        }
    }

    /**
     * Java 9 and later keep {@code java.lang} closed to reflection; the agent's instrumentation may
     * open it, to this class's module alone: the boot class path's unnamed module, which holds
     * subcov's and JaCoCo's classes (JaCoCo opens the same package to itself). Nothing to do on Java 8.
     */
    private static void openJavaLangToThisModule(Instrumentation instrumentation) throws Exception {
        Method getModule;
        try {
            getModule = Class.class.getMethod("getModule");
        } catch (NoSuchMethodException java8) {
            return;
        }
        Object javaBase = getModule.invoke(Object.class);
        Object own = getModule.invoke(AfterShutdownHooks.class);
        Map<String, Set<Object>> opens = Collections.singletonMap("java.lang", Collections.singleton(own));
        Instrumentation.class.getMethod("redefineModule", getModule.getReturnType(), Set.class, Map.class, Map.class,
                Set.class, Map.class)
                .invoke(instrumentation, javaBase, Collections.emptySet(), Collections.emptyMap(), opens,
                        Collections.emptySet(), Collections.emptyMap());
    }
}
