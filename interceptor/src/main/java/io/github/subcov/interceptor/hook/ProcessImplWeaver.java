package io.github.subcov.interceptor.hook;

import net.bytebuddy.ByteBuddy;
import net.bytebuddy.asm.Advice;
import net.bytebuddy.description.type.TypeDescription;
import net.bytebuddy.dynamic.ClassFileLocator;
import net.bytebuddy.dynamic.scaffold.TypeValidation;
import net.bytebuddy.pool.TypePool;

import static net.bytebuddy.matcher.ElementMatchers.isStatic;
import static net.bytebuddy.matcher.ElementMatchers.named;
import static net.bytebuddy.matcher.ElementMatchers.takesArgument;

/** Inlines {@link ProcessStartAdvice} into the class file of {@code java.lang.ProcessImpl}. */
final class ProcessImplWeaver {

    private ProcessImplWeaver() {
    }

    static byte[] weave(byte[] processImpl) {
        ClassFileLocator jdk = ClassFileLocator.ForClassLoader.ofBootLoader();
        ClassFileLocator target = new ClassFileLocator.Compound(
                ClassFileLocator.Simple.of(ProcessImplTransformer.PROCESS_IMPL.replace('/', '.'), processImpl), jdk);
        TypeDescription type = TypePool.Default.of(target).describe("java.lang.ProcessImpl").resolve();
        // the advice's class file comes from the agent jar, which is on the system class path
        ClassFileLocator agent = ClassFileLocator.ForClassLoader.ofSystemLoader();
        return new ByteBuddy()
                .with(TypeValidation.DISABLED)
                .redefine(type, target)
                .visit(Advice.to(ProcessStartAdvice.class, agent)
                        .on(named("start").and(isStatic())
                                .and(takesArgument(0, String[].class))
                                .and(takesArgument(1, java.util.Map.class))))
                .make()
                .getBytes();
    }
}
