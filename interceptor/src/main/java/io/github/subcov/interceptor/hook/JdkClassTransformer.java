package io.github.subcov.interceptor.hook;

import io.github.subcov.interceptor.weave.EntryHook;
import io.github.subcov.interceptor.weave.EntryHookWeaver;

import java.lang.instrument.ClassFileTransformer;
import java.lang.instrument.Instrumentation;
import java.security.ProtectionDomain;

/**
 * Weaves subcov's hooks into the three JDK methods it needs as their classes load:
 * {@code ProcessImpl.start} and {@code destroy} (at a JVM's first child) and
 * {@code Shutdown.halt}, which {@code Runtime.halt} calls (loaded while the agents start). Every
 * other class costs one check. {@code Runtime} itself is loaded before any agent and would have to
 * be retransformed, which costs every JVM's start a few milliseconds.
 */
public final class JdkClassTransformer implements ClassFileTransformer, WovenClassCache.Weaver {

    static final String PROCESS_IMPL = "java/lang/ProcessImpl";
    static final String SHUTDOWN = "java/lang/Shutdown";

    private final WovenClassCache cache;
    private final WarningSink warnings;
    private volatile boolean shutdownSeen;

    public JdkClassTransformer(WovenClassCache cache, WarningSink warnings) {
        this.cache = cache;
        this.warnings = warnings;
    }

    @Override
    public byte[] transform(ClassLoader loader, String className, Class<?> classBeingRedefined,
            ProtectionDomain protectionDomain, byte[] classfileBuffer) {
        if (loader != null || !(PROCESS_IMPL.equals(className) || SHUTDOWN.equals(className))) {
            return null;
        }
        shutdownSeen |= SHUTDOWN.equals(className);
        try {
            return cache.woven(className, classfileBuffer, this);
        } catch (Throwable failure) {
            warnings.warn("could not hook " + className + ", so " + (PROCESS_IMPL.equals(className)
                    ? "children are not covered" : "Runtime.halt loses data since the last checkpoint")
                    + ": " + failure);
            return null;
        }
    }

    @Override
    public byte[] weave(byte[] original) {
        // made here, not in a constant: a JVM that takes every class from the cache never loads EntryHook
        return EntryHookWeaver.weave(original, new EntryHook[] {
            // ProcessImpl loads at a JVM's first child, after this transformer is in: it may gain fields
            EntryHook.replacing(PROCESS_IMPL, "start", "([Ljava/lang/String;Ljava/util/Map;", JdkHooks.PROCESS_START)
                    .keptInField().alsoAtReturn(JdkHooks.PROCESS_STARTED),
            EntryHook.observing(PROCESS_IMPL, "destroy", "(Z)V", JdkHooks.PROCESS_DESTROY).keptInField(),
            EntryHook.observing(SHUTDOWN, "halt", "(I)V", JdkHooks.SHUTDOWN_HALT),
        });
    }

    /**
     * Hooks {@code Shutdown.halt} if it was loaded before this transformer was added (by an agent
     * named before subcov's, say). Call it after registering a shutdown hook, which loads the class.
     */
    public void hookShutdownIfLoadedEarlier(Instrumentation instrumentation) {
        if (shutdownSeen) {
            return;
        }
        try {
            instrumentation.retransformClasses(Class.forName(SHUTDOWN.replace('/', '.')));
        } catch (Throwable failure) {
            warnings.warn("could not hook Runtime.halt, a halting JVM keeps only its last checkpoint: " + failure);
        }
    }
}
