package io.github.subcov.interceptor.hook;

import io.github.subcov.interceptor.data.LastSnapshot;
import io.github.subcov.interceptor.data.DataFormat;
import io.github.subcov.interceptor.data.SnapshotWriter;

import java.lang.instrument.Instrumentation;

/**
 * The last snapshot of a JVM that exits, calls {@code System.exit} or gets SIGTERM, SIGINT or
 * SIGHUP: taken after the application's own shutdown hooks have finished, so that what they run
 * (stopping children, flushing, closing a server) is recorded too.
 */
public final class ExitSnapshot {

    private ExitSnapshot() {
    }

    /**
     * While the application's hooks run, checkpoints go on, so a hook that never finishes loses at
     * most one interval when the JVM is killed; without checkpoints one snapshot is taken as the
     * hooks start instead. Where the last snapshot cannot wait for the hooks, it runs beside them,
     * as JaCoCo's does, with a warning in the manifest.
     */
    public static void register(final SnapshotWriter writer, Instrumentation instrumentation, long checkpointMillis,
            WarningSink warnings) {
        Runnable last = new LastSnapshot(writer, DataFormat.Ending.EXIT);
        try {
            AfterShutdownHooks.register(last, instrumentation);
        } catch (Throwable failure) {
            warnings.warn("the last snapshot runs beside the application's shutdown hooks and may miss what they"
                    + " run late, as JaCoCo's does: " + failure);
            Runtime.getRuntime().addShutdownHook(new Thread(last, "subcov-exit-snapshot"));
            return;
        }
        if (checkpointMillis <= 0) {
            Runtime.getRuntime().addShutdownHook(new Thread(new Runnable() {
                @Override
                public void run() {
                    writer.checkpoint();
                }
            }, "subcov-hooks-start-snapshot"));
        }
    }
}
