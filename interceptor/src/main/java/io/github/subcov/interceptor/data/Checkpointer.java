package io.github.subcov.interceptor.data;

/**
 * Writes a snapshot every interval while probes change, so that a process killed with SIGKILL
 * loses at most one interval. A daemon thread: it never keeps a JVM alive.
 */
public final class Checkpointer implements Runnable {

    private final SnapshotWriter writer;
    private final long intervalMillis;

    private Checkpointer(SnapshotWriter writer, long intervalMillis) {
        this.writer = writer;
        this.intervalMillis = intervalMillis;
    }

    /** Announces the process at once and, when the interval is positive, checkpoints after that. */
    public static void start(SnapshotWriter writer, long intervalMillis) {
        Thread thread = new Thread(new Checkpointer(writer, intervalMillis), "subcov-checkpoint");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
    }

    @Override
    public void run() {
        writer.announce();
        if (intervalMillis <= 0) {
            return;
        }
        try {
            while (true) {
                Thread.sleep(intervalMillis);
                writer.checkpoint();
            }
        } catch (InterruptedException stopped) {
            Thread.currentThread().interrupt();
        }
    }
}
