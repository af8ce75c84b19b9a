package io.github.subcov.interceptor.data;

import java.io.File;
import java.util.Arrays;

/**
 * Writes this process's coverage to {@code <id>.exec} and its manifest to {@code <id>.json}.
 * Every write replaces the whole file at once, so a reader never sees a torn file, however the
 * process ends.
 */
public final class SnapshotWriter {

    private final JacocoRuntime jacoco;
    private final ProcessManifest manifest;
    private final File execFile;
    private final File manifestFile;
    private byte[] lastWritten;
    private Long lastFingerprint;
    /** After the last snapshot nothing more is written: the JVM may stop a daemon thread mid-write. */
    private boolean finished;

    public SnapshotWriter(JacocoRuntime jacoco, ProcessManifest manifest, File dataDirectory, String id) {
        this.jacoco = jacoco;
        this.manifest = manifest;
        this.execFile = new File(dataDirectory, id + DataFormat.EXEC_SUFFIX);
        this.manifestFile = new File(dataDirectory, id + DataFormat.MANIFEST_SUFFIX);
    }

    /**
     * Writes the manifest alone, so a process is known before it has recorded anything, or a
     * warning is on disk before the next snapshot.
     */
    public synchronized void announce() {
        if (finished) {
            return;
        }
        try {
            manifest.write(manifestFile);
        } catch (Throwable failure) {
            // nowhere to report it: the directory is gone or not writable
        }
    }

    /** Writes the data if probes changed since the last write; returns whether it wrote. */
    public synchronized boolean checkpoint() {
        return !finished && write(false);
    }

    /** A snapshot that was asked for: the manifest is rewritten even when the data did not change. */
    public synchronized void dump() {
        if (finished) {
            return;
        }
        manifest.dumped(System.currentTimeMillis());
        write(true);
    }

    /**
     * The last snapshot of a process that is ending. A halt's always wins: {@code Runtime.halt} in
     * a user's shutdown hook runs beside subcov's exit hook, and the JVM takes milliseconds to stop
     * after it, time enough for a waiting exit snapshot to write over the halt's.
     */
    public synchronized void finish(DataFormat.Ending ending) {
        if (finished && ending != DataFormat.Ending.HALT) {
            return;
        }
        finished = true;
        manifest.ended(ending, System.currentTimeMillis());
        write(true);
    }

    private boolean write(boolean always) {
        try {
            // taken before the data: a probe hit in between makes the next checkpoint write again;
            // not for a write that happens anyway, such as a short-lived JVM's only one at exit
            Long fingerprint = always ? null : jacoco.fingerprint();
            if (fingerprint != null && fingerprint.equals(lastFingerprint)) {
                return false;
            }
            byte[] data = jacoco.executionData();
            boolean changed = !Arrays.equals(data, lastWritten);
            if (changed) {
                AtomicFile.write(execFile, data);
                lastWritten = data;
                manifest.checkpointed(System.currentTimeMillis());
            }
            lastFingerprint = fingerprint;
            if (changed || always) {
                manifest.write(manifestFile);
            }
            return changed;
        } catch (Throwable failure) {
            manifest.warn("could not write coverage data: " + failure);
            try {
                manifest.write(manifestFile);
            } catch (Throwable ignored) {
                // the directory is gone or not writable; nothing else to do
            }
            return false;
        }
    }
}
