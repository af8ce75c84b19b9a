package io.github.subcov.maven.forks;

import io.github.subcov.interceptor.data.BuildStepRecord;

import java.io.File;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * Notes in a module's data directory which build step started each process that one of its mojos
 * starts, for the report's {@code buildStep}. Maven's JVM writes these records, no covered JVM: a
 * JVM's start stays as it was. A record that cannot be written costs one warning in the build,
 * never the launch.
 */
final class BuildStepRecorder {

    static final String NOT_RECORDED = "subcov: could not record in %s that %s started a process (%s); the report"
            + " names no build step for it, nor for any other process whose record fails in this build";

    /** {@code Process.pid()}, Java 9 and later: the plugin is Java 8 bytecode. Null on Java 8: no records. */
    private static final Method PID = pidMethod();
    /** One warning per build, whichever module's record fails first. */
    private static final AtomicBoolean WARNED = new AtomicBoolean();

    private final File dataDirectory;
    private final String mavenId;
    private final Consumer<String> warnings;

    /**
     * @param mavenId the parent that Maven's JVM names in its children's manifests
     * @param warnings where the one warning goes; null: nowhere
     */
    BuildStepRecorder(File dataDirectory, String mavenId, Consumer<String> warnings) {
        this.dataDirectory = dataDirectory;
        this.mavenId = mavenId;
        this.warnings = warnings;
    }

    /** Records that {@code step} (null: none known) started {@code process} just after {@code startMillis}. */
    void record(String step, long startMillis, Object process) {
        if (step == null || PID == null) {
            return;
        }
        try {
            BuildStepRecord.write(dataDirectory, (Long) PID.invoke(process), startMillis, step, mavenId);
        } catch (Exception | LinkageError failure) {
            Throwable cause = failure instanceof InvocationTargetException ? failure.getCause() : failure;
            if (WARNED.compareAndSet(false, true) && warnings != null) {
                warnings.accept(String.format(NOT_RECORDED, dataDirectory, step, cause));
            }
        }
    }

    /** The build ended: the next one warns again. */
    static void sessionEnded() {
        WARNED.set(false);
    }

    private static Method pidMethod() {
        try {
            return Process.class.getMethod("pid");
        } catch (NoSuchMethodException java8) {
            return null;
        }
    }
}
