package io.github.subcov.interceptor.data;

/**
 * Writes a snapshot every interval while probes change, so that a process killed with SIGKILL
 * loses at most one interval, and at once when one is asked for. A daemon thread: it never keeps
 * a JVM alive.
 */
public final class Checkpointer implements Runnable {

    /**
     * How often requests are looked for: a parent's destroyForcibly waits about one of these. Each
     * wake-up costs an idle JVM about 0.1 ms of CPU (timer, two file checks), so not much less.
     */
    static final long TICK_MILLIS = 100;

    private final SnapshotWriter writer;
    private final DumpRequests requests;
    private final long intervalMillis;
    private final SaveSignal saveSignal;

    private Checkpointer(SnapshotWriter writer, DumpRequests requests, long intervalMillis, SaveSignal saveSignal) {
        this.writer = writer;
        this.requests = requests;
        this.intervalMillis = intervalMillis;
        this.saveSignal = saveSignal;
    }

    /**
     * Announces the process at once, then serves snapshot requests and, when the interval is
     * positive, checkpoints.
     *
     * @param saveSignal the save signal to watch for an application's handler, or null
     */
    public static void start(SnapshotWriter writer, DumpRequests requests, long intervalMillis,
            SaveSignal saveSignal) {
        Thread thread = new Thread(new Checkpointer(writer, requests, intervalMillis, saveSignal),
                "subcov-checkpoint");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void run() {
        writer.announce();
        long nextCheckpoint = System.currentTimeMillis() + intervalMillis;
        try {
            while (true) {
                Thread.sleep(TICK_MILLIS);
                if (saveSignal != null && saveSignal.noticeReplacement(System.currentTimeMillis())) {
                    // the note is on disk at once, not at the next snapshot
                    writer.announce();
                }
                if (requests.pending()) {
                    writer.dump();
                    requests.served();
                } else if (intervalMillis > 0 && System.currentTimeMillis() >= nextCheckpoint) {
                    writer.checkpoint();
                    nextCheckpoint = System.currentTimeMillis() + intervalMillis;
                }
            }
        } catch (InterruptedException stopped) {
            Thread.currentThread().interrupt();
        }
    }
}
