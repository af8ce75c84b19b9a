package io.github.subcov.interceptor.data;

/** Whether this JVM has begun to shut down, that is, its application shutdown hooks have started. */
final class JvmShutdown {

    /**
     * Never added: removing it changes nothing, and throws once the JDK has taken the hooks to run
     * them ({@code ApplicationShutdownHooks}, Java 8 to 25). Asking so costs no hook of subcov's own.
     */
    private static final Thread NEVER_ADDED = new Thread("subcov-shutdown-probe");

    private JvmShutdown() {
    }

    static boolean inProgress() {
        try {
            Runtime.getRuntime().removeShutdownHook(NEVER_ADDED);
            return false;
        } catch (IllegalStateException shuttingDown) {
            return true;
        } catch (SecurityException notAllowed) {
            return false;
        }
    }
}
