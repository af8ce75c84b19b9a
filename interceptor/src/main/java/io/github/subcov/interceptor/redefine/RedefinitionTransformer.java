package io.github.subcov.interceptor.redefine;

import io.github.subcov.interceptor.hook.WarningSink;

import java.lang.instrument.ClassFileTransformer;
import java.lang.instrument.IllegalClassFormatException;
import java.security.ProtectionDomain;
import java.util.HashSet;
import java.util.Set;

/**
 * JaCoCo's transformer, in its place, also for classes that another agent redefines (a mutation
 * tester running a mutant, a hot-reload tool). JaCoCo declines redefinitions, so the new bytes
 * would lack the field and method it added to the loaded class, and the JVM refuses a
 * redefinition that removes members: the other agent's work would fail in the user's process.
 * Here the new bytes get JaCoCo's instrumentation when they are the class's own (its class file,
 * by JaCoCo's class id), and only JaCoCo's members, without probes, when they are not: what those
 * bytes run is dropped, with one note in the manifest, rather than counted against bytes the
 * report never sees; once the class file comes back, the class records again.
 */
public final class RedefinitionTransformer implements ClassFileTransformer {

    private static volatile WarningSink warnings;
    private static final Set<String> NOTED = new HashSet<String>();

    private final ClassFileTransformer jacoco;
    private volatile RedefinedClass.Jacoco ids;

    RedefinitionTransformer(ClassFileTransformer jacoco) {
        this.jacoco = jacoco;
    }

    /** Where a dropped class is noted: the process's manifest, once it exists. */
    public static void reportTo(WarningSink sink) {
        warnings = sink;
    }

    @Override
    public byte[] transform(ClassLoader loader, String className, Class<?> classBeingRedefined,
            ProtectionDomain protectionDomain, byte[] classfileBuffer) throws IllegalClassFormatException {
        if (classBeingRedefined == null) {
            return jacoco.transform(loader, className, null, protectionDomain, classfileBuffer);
        }
        if (JacocoMembers.presentIn(classfileBuffer) || !JacocoMembers.declaredBy(classBeingRedefined)) {
            // bytes read back from an instrumented class keep JaCoCo's members as they are; a class
            // that loaded before JaCoCo's agent started has none to keep
            return null;
        }
        // JaCoCo's filter and instrumentation, as when the class loaded
        byte[] instrumented = jacoco.transform(loader, className, null, protectionDomain, classfileBuffer);
        if (instrumented == null) {
            return null;
        }
        try {
            if (RedefinedClass.keepsProbes(jacocoIds(), loader, className, classfileBuffer)) {
                return instrumented;
            }
            note(className, "was redefined by another agent with bytes other than its class file; what those"
                    + " bytes run is not recorded");
        } catch (Throwable failure) {
            note(className, "was redefined by another agent, and what the new bytes run is not recorded: " + failure);
        }
        return JacocoMembers.addedTo(classfileBuffer, instrumented);
    }

    private RedefinedClass.Jacoco jacocoIds() throws Exception {
        if (ids == null) {
            ids = new RedefinedClass.Jacoco(jacoco.getClass());
        }
        return ids;
    }

    private static void note(String className, String what) {
        synchronized (NOTED) {
            if (!NOTED.add(className)) {
                return;
            }
        }
        WarningSink sink = warnings;
        if (sink != null) {
            sink.warn("class " + className.replace('/', '.') + " " + what);
        }
    }
}
