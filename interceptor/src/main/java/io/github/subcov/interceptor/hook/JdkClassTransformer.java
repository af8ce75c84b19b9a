package io.github.subcov.interceptor.hook;

import io.github.subcov.interceptor.weave.EntryHook;
import io.github.subcov.interceptor.weave.EntryHookWeaver;

import java.lang.instrument.ClassFileTransformer;
import java.security.ProtectionDomain;

/**
 * Weaves subcov's hooks into the three JDK methods it needs: {@code ProcessImpl.start} and
 * {@code destroy} when a JVM loads that class for its first child, and {@code Runtime.halt},
 * which is loaded before any agent and so is retransformed. Every other class costs one check.
 */
public final class JdkClassTransformer implements ClassFileTransformer {

    static final String PROCESS_IMPL = "java/lang/ProcessImpl";
    static final String RUNTIME = "java/lang/Runtime";

    private static final EntryHook[] HOOKS = {
        EntryHook.replacing(PROCESS_IMPL, "start", "([Ljava/lang/String;Ljava/util/Map;", "processStart"),
        EntryHook.observing(PROCESS_IMPL, "destroy", "(Z)V", "processDestroy"),
        EntryHook.observing(RUNTIME, "halt", "(I)V", "runtimeHalt"),
    };

    private final LaunchHook.WarningSink warnings;

    public JdkClassTransformer(LaunchHook.WarningSink warnings) {
        this.warnings = warnings;
    }

    @Override
    public byte[] transform(ClassLoader loader, String className, Class<?> classBeingRedefined,
            ProtectionDomain protectionDomain, byte[] classfileBuffer) {
        if (loader != null || !(PROCESS_IMPL.equals(className) || RUNTIME.equals(className))) {
            return null;
        }
        try {
            return EntryHookWeaver.weave(classfileBuffer, HOOKS);
        } catch (Throwable failure) {
            warnings.warn("could not hook " + className + ", so " + (PROCESS_IMPL.equals(className)
                    ? "children are not covered" : "Runtime.halt loses data since the last checkpoint")
                    + ": " + failure);
            return null;
        }
    }
}
