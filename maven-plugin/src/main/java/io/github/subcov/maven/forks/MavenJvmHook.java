package io.github.subcov.maven.forks;

import io.github.subcov.interceptor.hook.ChildPipes;
import net.bytebuddy.agent.ByteBuddyAgent;
import net.bytebuddy.agent.builder.AgentBuilder;
import net.bytebuddy.asm.Advice;
import net.bytebuddy.description.type.TypeDescription;
import net.bytebuddy.dynamic.ClassFileLocator;
import net.bytebuddy.dynamic.loading.ClassInjector;
import net.bytebuddy.matcher.ElementMatchers;

import java.lang.instrument.Instrumentation;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;

/**
 * Puts the launch hook into Maven's own JVM, once per JVM: ByteBuddy's agent installer gives an
 * {@link Instrumentation}, {@link LaunchSlot} joins the boot class path, and
 * {@link ProcessStartAdvice} is woven into {@code java.lang.ProcessImpl} (retransformed if a
 * launch loaded it already, else as it loads). A later build in the same JVM (the Maven daemon)
 * only sets the slot again; between builds it is empty.
 */
final class MavenJvmHook {

    private static final String PROCESS_IMPL = "java.lang.ProcessImpl";
    private static final String HOOK = "hook";
    private static final String STARTED = "started";

    private MavenJvmHook() {
    }

    /**
     * Sets the hooks, installing what they need first; throws with the cause where the JVM refuses.
     * {@code hook} rewrites a launch, {@code started} sees the child it started.
     */
    static synchronized void set(Function<Object[], Object[]> hook, Function<Object[], Object[]> started)
            throws Exception {
        // the instrumentation installed before, when there is one
        Instrumentation instrumentation = ByteBuddyAgent.install();
        Class<?> slot = bootSlot();
        if (slot == null) {
            // defined in the boot loader directly: a jar appended to the boot class path would turn
            // class sharing off for other loaders, and the JVM would say so on Maven's console
            ClassInjector.UsingUnsafe.Factory.resolve(instrumentation).make(null, null)
                    .inject(Collections.singletonMap(TypeDescription.ForLoadedType.of(LaunchSlot.class),
                            ClassFileLocator.ForClassLoader.read(LaunchSlot.class)));
            weave(instrumentation);
            slot = bootSlot();
        }
        ChildPipes.install(instrumentation);
        slot.getField(HOOK).set(null, hook);
        slot.getField(STARTED).set(null, started);
    }

    /** Empties the slot: launches after the build are not rewritten. */
    static synchronized void clear() throws Exception {
        Class<?> slot = bootSlot();
        if (slot != null) {
            slot.getField(HOOK).set(null, null);
            slot.getField(STARTED).set(null, null);
        }
    }

    private static Class<?> bootSlot() {
        try {
            return Class.forName(LaunchSlot.class.getName(), false, null);
        } catch (ClassNotFoundException notYet) {
            return null;
        }
    }

    private static void weave(Instrumentation instrumentation) throws Exception {
        final List<Throwable> errors = new ArrayList<>();
        new AgentBuilder.Default()
                .disableClassFormatChanges()
                .with(AgentBuilder.RedefinitionStrategy.RETRANSFORMATION)
                .with(AgentBuilder.InitializationStrategy.NoOp.INSTANCE)
                .with(AgentBuilder.TypeStrategy.Default.REDEFINE)
                .with(new AgentBuilder.Listener.Adapter() {
                    @Override
                    public void onError(String typeName, ClassLoader classLoader, net.bytebuddy.utility.JavaModule module,
                            boolean loaded, Throwable throwable) {
                        errors.add(throwable);
                    }
                })
                .ignore(ElementMatchers.none())
                .type(ElementMatchers.named(PROCESS_IMPL))
                .transform((builder, type, loader, module, domain) -> builder.visit(Advice.to(ProcessStartAdvice.class)
                        .on(ElementMatchers.named("start").and(ElementMatchers.isStatic())
                                .and(ElementMatchers.takesArgument(0, String[].class)))))
                .installOn(instrumentation);
        if (!errors.isEmpty()) {
            Exception failure = new IllegalStateException("could not weave " + PROCESS_IMPL, errors.get(0));
            throw failure;
        }
    }
}
