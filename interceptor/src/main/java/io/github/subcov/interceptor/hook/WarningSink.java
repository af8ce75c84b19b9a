package io.github.subcov.interceptor.hook;

/**
 * Where the hooks in the JDK's classes report their own failures: a hook that fails leaves the
 * user's call as it was and says so here, in the process's manifest or on Maven's console.
 */
public interface WarningSink {
    void warn(String message);
}
