package io.github.subcov.interceptor.data;

/** The shutdown hook: the last snapshot of a JVM that exits, calls {@code System.exit} or gets SIGTERM. */
public final class ExitSnapshot implements Runnable {

    private final SnapshotWriter writer;

    private ExitSnapshot(SnapshotWriter writer) {
        this.writer = writer;
    }

    public static void register(SnapshotWriter writer) {
        Runtime.getRuntime().addShutdownHook(new Thread(new ExitSnapshot(writer), "subcov-exit-snapshot"));
    }

    @Override
    public void run() {
        writer.finish(ProcessManifest.Ending.EXIT);
    }
}
