package io.github.subcov.maven.forks;

import java.util.function.Function;

/**
 * Where the advice in the JDK's {@code ProcessImpl.start} finds the launch hook: a copy of this
 * class is put on the boot class path, the only one that advice inlined into a JDK class sees,
 * and its field is set to a hook from the plugin's own class loader. Empty outside a build.
 */
public final class LaunchSlot {

    /** Takes {@code {command, environment}}, returns those to start instead, or null for no change. */
    public static volatile Function<Object[], Object[]> hook;

    /** Takes {@code {process}}, the child that the launch on this thread started. */
    public static volatile Function<Object[], Object[]> started;

    private LaunchSlot() {
    }
}
