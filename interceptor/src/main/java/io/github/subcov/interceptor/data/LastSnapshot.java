package io.github.subcov.interceptor.data;

/** The last snapshot of a JVM that ends in a given way. */
public final class LastSnapshot implements Runnable {

    private final SnapshotWriter writer;
    private final DataFormat.Ending ending;

    public LastSnapshot(SnapshotWriter writer, DataFormat.Ending ending) {
        this.writer = writer;
        this.ending = ending;
    }

    @Override
    public void run() {
        writer.finish(ending);
    }
}
