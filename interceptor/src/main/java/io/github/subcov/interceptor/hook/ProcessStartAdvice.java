package io.github.subcov.interceptor.hook;

import net.bytebuddy.asm.Advice;

import java.util.Map;

/**
 * Inlined at the start of {@code java.lang.ProcessImpl.start}, which {@code ProcessBuilder.start},
 * {@code startPipeline} and {@code Runtime.exec} all go through. Inlined code runs as JDK code,
 * which cannot link to classes on the system class path; it reaches {@link LaunchHook} by
 * reflection, which needs no bootstrap class path entry (appending one makes the JVM print a
 * CDS warning and drop class sharing for application classes).
 */
final class ProcessStartAdvice {

    private ProcessStartAdvice() {
    }

    @Advice.OnMethodEnter
    @SuppressWarnings({"unchecked", "UnusedAssignment"})
    static void enter(@Advice.Argument(value = 0, readOnly = false) String[] command,
            @Advice.Argument(value = 1, readOnly = false) Map<String, String> environment) {
        try {
            Object[] launch = (Object[]) ClassLoader.getSystemClassLoader()
                    .loadClass("io.github.subcov.interceptor.hook.LaunchHook")
                    .getMethod("rewrite", String[].class, Map.class)
                    .invoke(null, command, environment);
            command = (String[]) launch[0];
            environment = (Map<String, String>) launch[1];
        } catch (Throwable unreachable) {
            // the user's command runs as given
        }
    }
}
