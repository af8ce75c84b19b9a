package io.github.subcov.maven.forks;

import net.bytebuddy.asm.Advice;

import java.util.Map;
import java.util.function.Function;

/**
 * Inlined at the entry of the JDK's {@code ProcessImpl.start(String[] command, Map environment, …)},
 * which {@code ProcessBuilder.start}, {@code startPipeline} and {@code Runtime.exec} all reach:
 * hands the launch to {@link LaunchSlot#hook} and starts what it returns, then hands the child
 * to {@link LaunchSlot#started}. Whatever goes wrong, the launch goes on as given.
 */
final class ProcessStartAdvice {

    private ProcessStartAdvice() {
    }

    @Advice.OnMethodEnter(suppress = Throwable.class)
    @SuppressWarnings("unchecked")
    static void enter(@Advice.Argument(value = 0, readOnly = false) String[] command,
            @Advice.Argument(value = 1, readOnly = false) Map<String, String> environment) {
        Function<Object[], Object[]> hook = LaunchSlot.hook;
        if (hook != null) {
            Object[] launch = hook.apply(new Object[] {command, environment});
            if (launch != null) {
                command = (String[]) launch[0];
                environment = (Map<String, String>) launch[1];
            }
        }
    }

    @Advice.OnMethodExit(suppress = Throwable.class)
    static void exit(@Advice.Return Object process) {
        Function<Object[], Object[]> started = LaunchSlot.started;
        if (started != null) {
            started.apply(new Object[] {process});
        }
    }
}
