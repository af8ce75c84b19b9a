package io.github.subcov.interceptor.data;

import java.io.File;
import java.io.FileOutputStream;
import java.io.IOException;

/**
 * Asks covered JVMs for a snapshot through files in the data directory, which every JVM of a
 * build shares: {@code <id>.dump} asks one process (a parent about to kill it with
 * {@code destroyForcibly}), {@code all.dump} asks every running one ({@code mvn subcov:dump}).
 * A process deletes its own request once its snapshot is on disk. {@link SaveSignal} asks
 * in memory.
 *
 * <p>A JVM that has begun to shut down answers {@code all.dump} with its last snapshot, which
 * comes after the application's shutdown hooks: a snapshot while they run would tell the one who
 * asked that it has all the JVM will run, and a hook's late work would be missing from the report.
 */
public final class DumpRequests {

    private final File own;
    private final File all;
    private long allServed;
    private volatile boolean signalled;

    public DumpRequests(File dataDirectory, String id) {
        this.own = new File(dataDirectory, id + DataFormat.DUMP_REQUEST_SUFFIX);
        this.all = new File(dataDirectory, DataFormat.ALL_DUMP_REQUEST);
        this.allServed = all.lastModified();
    }

    /** Asks this process for a snapshot: what the save signal's handler does. */
    void signalled() {
        signalled = true;
    }

    /** Whether a snapshot was asked for since the last one this process served. */
    boolean pending() {
        if (signalled) {
            // cleared before the snapshot: a signal that comes from now on still precedes it
            signalled = false;
            return true;
        }
        return own.exists() || all.lastModified() > allServed && !JvmShutdown.inProgress();
    }

    void served() {
        allServed = all.lastModified();
        own.delete();
    }

    /**
     * Asks every covered JVM that writes to the directory for a snapshot; returns the time asked,
     * which each one's {@code lastDumpMillis} passes once it has answered. A JVM looks at the
     * request's modification time; the content, that time in milliseconds, is for people.
     */
    public static long requestAll(File dataDirectory) throws IOException {
        long asked = System.currentTimeMillis();
        FileOutputStream request = new FileOutputStream(new File(dataDirectory, DataFormat.ALL_DUMP_REQUEST));
        try {
            request.write(Long.toString(asked).getBytes("UTF-8"));
        } finally {
            request.close();
        }
        return asked;
    }

    /**
     * Asks the process with the given id for a snapshot and waits until it is written or the
     * time is up; returns whether it was written.
     */
    public static boolean request(File dataDirectory, String id, long timeoutMillis) throws IOException,
            InterruptedException {
        File request = new File(dataDirectory, id + DataFormat.DUMP_REQUEST_SUFFIX);
        if (!request.createNewFile() && !request.exists()) {
            return false;
        }
        long deadline = System.nanoTime() + timeoutMillis * 1000000L;
        while (request.exists()) {
            if (System.nanoTime() > deadline) {
                request.delete();
                return false;
            }
            Thread.sleep(5);
        }
        return true;
    }
}
