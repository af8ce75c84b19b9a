package io.github.subcov.interceptor.hook;

/** Runs the last snapshot before {@code Runtime.halt}, which skips shutdown hooks. */
public final class HaltHook {

    private static volatile Runnable lastSnapshot;

    private HaltHook() {
    }

    public static void install(Runnable snapshot) {
        lastSnapshot = snapshot;
    }

    static void beforeHalt() {
        Runnable snapshot = lastSnapshot;
        if (snapshot != null) {
            try {
                snapshot.run();
            } catch (Throwable failure) {
                // the JVM halts either way; nothing may stop it
            }
        }
    }
}
