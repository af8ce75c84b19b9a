package io.github.subcov.interceptor.agent;

import io.github.subcov.interceptor.hook.LaunchHook;

import java.lang.instrument.Instrumentation;

/**
 * Weaves the halt hook into {@code java.lang.Runtime}, which every JVM loads before any agent
 * runs, so it has to be retransformed. That takes about 30 ms (ASM's first use in a cold JVM),
 * so it runs on its own thread while JaCoCo's agent starts on the main one.
 */
final class HaltHookInstaller implements Runnable {

    static final long MAX_WAIT_MILLIS = 2000;

    private final Instrumentation instrumentation;
    private final LaunchHook.WarningSink warnings;

    HaltHookInstaller(Instrumentation instrumentation, LaunchHook.WarningSink warnings) {
        this.instrumentation = instrumentation;
        this.warnings = warnings;
    }

    static Thread start(Instrumentation instrumentation, LaunchHook.WarningSink warnings) {
        Thread thread = new Thread(new HaltHookInstaller(instrumentation, warnings), "subcov-halt-hook");
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    @Override
    public void run() {
        try {
            instrumentation.retransformClasses(Runtime.class);
        } catch (Throwable failure) {
            warnings.warn("could not hook Runtime.halt, a halting JVM keeps only its last checkpoint: " + failure);
        }
    }
}
