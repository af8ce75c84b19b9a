package io.github.subcov.interceptor.hook;

import java.lang.instrument.ClassFileTransformer;
import java.security.ProtectionDomain;

/**
 * Waits for {@code java.lang.ProcessImpl} and weaves the launch hook into it. Every other class
 * costs one comparison; ByteBuddy is loaded only when a JVM starts its first child.
 */
public final class ProcessImplTransformer implements ClassFileTransformer {

    static final String PROCESS_IMPL = "java/lang/ProcessImpl";

    private final LaunchHook.WarningSink warnings;

    public ProcessImplTransformer(LaunchHook.WarningSink warnings) {
        this.warnings = warnings;
    }

    @Override
    public byte[] transform(ClassLoader loader, String className, Class<?> classBeingRedefined,
            ProtectionDomain protectionDomain, byte[] classfileBuffer) {
        if (loader != null || !PROCESS_IMPL.equals(className)) {
            return null;
        }
        try {
            return ProcessImplWeaver.weave(classfileBuffer);
        } catch (Throwable failure) {
            warnings.warn("could not hook child launches, children are not covered: " + failure);
            return null;
        }
    }
}
