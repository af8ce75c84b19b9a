package io.github.subcov.bench.child;

import io.github.subcov.interceptor.hook.JdkHooks;
import java.util.Map;
import net.bytebuddy.asm.Advice;

/**
 * The hooks that subcov's weaver puts into {@code java.lang.ProcessImpl}, written as ByteBuddy
 * {@code Advice}: the launch rewritten at the entry of {@code start}, the child handed on at its
 * return, the snapshot before {@code destroy}. They call {@code JdkHooks} directly, which a covered
 * JVM has on the boot class path, the only one inlined advice sees. Only woven here, never loaded
 * into a JDK class.
 */
final class ProcessImplAdvice {

    private ProcessImplAdvice() {
    }

    /** On {@code static Process start(String[] cmdarray, Map environment, …)}. */
    static final class Start {
        private Start() {
        }

        @Advice.OnMethodEnter(suppress = Throwable.class)
        @SuppressWarnings("unchecked")
        static void enter(@Advice.Argument(value = 0, readOnly = false) String[] command,
                @Advice.Argument(value = 1, readOnly = false) Map<String, String> environment) {
            Object[] launch = JdkHooks.processStart(new Object[] {command, environment});
            command = (String[]) launch[0];
            environment = (Map<String, String>) launch[1];
        }

        @Advice.OnMethodExit(suppress = Throwable.class)
        static void exit(@Advice.Return Object process) {
            JdkHooks.processStarted(new Object[] {process});
        }
    }

    /** On {@code void destroy(boolean force)}. */
    static final class Destroy {
        private Destroy() {
        }

        @Advice.OnMethodEnter(suppress = Throwable.class)
        static void enter(@Advice.This Object process, @Advice.Argument(0) boolean force) {
            JdkHooks.processDestroy(new Object[] {process, force});
        }
    }
}
