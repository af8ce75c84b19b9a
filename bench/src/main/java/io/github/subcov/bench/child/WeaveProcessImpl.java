package io.github.subcov.bench.child;

import io.github.subcov.interceptor.hook.JdkClassTransformer;
import java.io.InputStream;
import java.lang.management.ClassLoadingMXBean;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import net.bytebuddy.ByteBuddy;
import net.bytebuddy.asm.Advice;
import net.bytebuddy.description.type.TypeDescription;
import net.bytebuddy.dynamic.ClassFileLocator;
import net.bytebuddy.dynamic.scaffold.MethodGraph;
import net.bytebuddy.dynamic.scaffold.TypeValidation;
import net.bytebuddy.implementation.Implementation;
import net.bytebuddy.matcher.ElementMatchers;
import net.bytebuddy.pool.TypePool;

/**
 * 9. Runs in a fresh JVM: weaves subcov's hooks into {@code java.lang.ProcessImpl} once, as a
 * covered JVM whose cache of woven classes is empty does at its first child, and prints the
 * nanoseconds it took, how many classes the JVM loaded for it, and the woven class file's size.
 * The class file is read first, as a transformer is handed it. Argument: the {@link Weaver}.
 */
public final class WeaveProcessImpl {

    static final String PROCESS_IMPL = "java.lang.ProcessImpl";
    /** In both ways the woven class names the hooks' class (by a string or a class reference) and the launch hook. */
    static final String[] NAMED = {"JdkHooks", "processStart", "processStarted", "processDestroy"};

    /** How the class is woven. */
    public enum Weaver {
        /** subcov's own, {@code JdkClassTransformer.weave}: ASM alone, frames written by hand. */
        HAND_WRITTEN,
        /** {@link ProcessImplAdvice} through {@code new ByteBuddy().redefine(…).visit(Advice…)}, ByteBuddy's defaults. */
        ADVICE,
        /** The same with what an agent would switch off: type validation, the method graph, class format changes. */
        ADVICE_LEAN
    }

    private WeaveProcessImpl() {
    }

    public static void main(String[] args) throws Exception {
        Weaver weaver = Weaver.valueOf(args[0]);
        byte[] original;
        try (InputStream in = ClassLoader.getSystemResourceAsStream(PROCESS_IMPL.replace('.', '/') + ".class")) {
            original = in.readAllBytes();
        }
        ClassLoadingMXBean loading = ManagementFactory.getClassLoadingMXBean();
        long classesBefore = loading.getTotalLoadedClassCount();
        long start = System.nanoTime();
        byte[] woven = weaver == Weaver.HAND_WRITTEN ? new JdkClassTransformer(null, null).weave(original)
                : withAdvice(original, weaver == Weaver.ADVICE_LEAN);
        long nanos = System.nanoTime() - start;
        long classes = loading.getTotalLoadedClassCount() - classesBefore;
        for (String name : NAMED) {
            if (woven == null || woven.length <= original.length || !contains(woven, name)) {
                System.err.println(weaver + " did not weave " + PROCESS_IMPL + " with a call of " + name);
                System.exit(1);
            }
        }
        System.out.println(nanos + " " + classes + " " + woven.length);
    }

    private static byte[] withAdvice(byte[] original, boolean lean) {
        ClassFileLocator locator = new ClassFileLocator.Compound(ClassFileLocator.Simple.of(PROCESS_IMPL, original),
                ClassFileLocator.ForClassLoader.ofBootLoader());
        TypeDescription type = TypePool.Default.of(locator).describe(PROCESS_IMPL).resolve();
        ByteBuddy byteBuddy = new ByteBuddy();
        if (lean) {
            byteBuddy = byteBuddy.with(TypeValidation.DISABLED).with(MethodGraph.Compiler.ForDeclaredMethods.INSTANCE)
                    .with(Implementation.Context.Disabled.Factory.INSTANCE);
        }
        return byteBuddy.redefine(type, locator)
                .visit(Advice.to(ProcessImplAdvice.Start.class).on(ElementMatchers.named("start")
                        .and(ElementMatchers.isStatic()).and(ElementMatchers.takesArgument(0, String[].class))))
                .visit(Advice.to(ProcessImplAdvice.Destroy.class).on(ElementMatchers.named("destroy")
                        .and(ElementMatchers.takesArguments(boolean.class))))
                .make().getBytes();
    }

    private static boolean contains(byte[] bytes, String text) {
        byte[] wanted = text.getBytes(StandardCharsets.UTF_8);
        outer:
        for (int i = 0; i + wanted.length <= bytes.length; i++) {
            for (int k = 0; k < wanted.length; k++) {
                if (bytes[i + k] != wanted[k]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
