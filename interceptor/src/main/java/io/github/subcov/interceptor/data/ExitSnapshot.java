package io.github.subcov.interceptor.data;

/** The shutdown hook: the last snapshot of a JVM that exits, calls {@code System.exit} or gets SIGTERM. */
public final class ExitSnapshot {

    private ExitSnapshot() {
    }

    public static void register(SnapshotWriter writer) {
        Runtime.getRuntime().addShutdownHook(
                new Thread(new LastSnapshot(writer, ProcessManifest.Ending.EXIT), "subcov-exit-snapshot"));
    }
}
