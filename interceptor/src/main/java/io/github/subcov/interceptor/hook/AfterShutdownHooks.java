package io.github.subcov.interceptor.hook;

import java.lang.instrument.Instrumentation;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;

/**
 * Runs a task after every application shutdown hook has finished. {@code Runtime.addShutdownHook}
 * would run it beside them, and lose whatever they do after it. The JDK's own shutdown runs
 * system hooks one after another from {@code java.lang.Shutdown}'s slots (Java 8 to 25): slot 1
 * starts every application hook and joins them all, so a task in a later slot runs after them, in
 * each normal ending: {@code System.exit} from any thread, the last non-daemon thread ending,
 * and SIGTERM, SIGINT and SIGHUP, which the JDK turns into {@code System.exit}.
 */
public final class AfterShutdownHooks {

    private static final String ADD = "add";

    private AfterShutdownHooks() {
    }

    /**
     * Registers the task in the last free slot; throws if the JDK has no such slots or keeps them
     * closed. The task runs on a thread made now, not on the exiting thread, whose stack may be
     * small and whose access rights are the application's.
     */
    public static void register(Runnable task, Instrumentation instrumentation) throws Exception {
        final Thread thread = new Thread(task, "subcov-exit-snapshot");
        Class<?> adder = OwnModule.define(SlotAdder.class, "java.lang", instrumentation);
        try {
            adder.getMethod(ADD, Runnable.class).invoke(null, new Runnable() {
                @Override
                public void run() {
                    thread.start();
                    joinUninterruptibly(thread);
                }
            });
        } catch (InvocationTargetException failed) {
            throw failed.getCause() instanceof Exception ? (Exception) failed.getCause() : failed;
        }
    }

    private static void joinUninterruptibly(Thread thread) {
        boolean interrupted = false;
        while (true) {
            try {
                thread.join();
                break;
            } catch (InterruptedException again) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** Defined again in {@link OwnModule}, to which alone {@code java.lang} is opened: adds the task to a slot. */
    public static final class SlotAdder {
        private static final String SHUTDOWN = "java.lang.Shutdown";
        /** Slots 0 to 2 are the JDK's (console, application hooks, delete-on-exit); the last runs after all. */
        private static final int LAST_SLOT = 9;
        private static final int FIRST_FREE_SLOT = 3;

        private SlotAdder() {
        }

        public static void add(Runnable task) throws Exception {
            Method add = Class.forName(SHUTDOWN).getDeclaredMethod(ADD, int.class, boolean.class, Runnable.class);
            add.setAccessible(true);
            for (int slot = LAST_SLOT; ; slot--) {
                try {
                    add.invoke(null, slot, Boolean.FALSE, task);
                    return;
                } catch (InvocationTargetException taken) {
                    // a lower slot, unless the shutdown has begun: another agent may hold this one
                    // (InternalError), or a JDK have fewer of them
                    if (taken.getCause() instanceof IllegalStateException || slot == FIRST_FREE_SLOT) {
                        throw taken;
                    }
                }
            }
        }
    }
}
