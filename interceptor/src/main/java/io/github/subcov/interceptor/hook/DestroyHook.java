package io.github.subcov.interceptor.hook;

import io.github.subcov.interceptor.data.DataFormat;
import io.github.subcov.interceptor.data.DumpRequests;
import io.github.subcov.interceptor.data.ProcSelf;
import io.github.subcov.interceptor.data.ProcessManifest;

import java.io.File;
import java.io.FilenameFilter;
import java.io.IOException;

/**
 * Before {@code destroyForcibly()} kills a covered child with SIGKILL, asks it for a snapshot and
 * waits for it, a bounded time: the child's own shutdown hooks never run, so without this it
 * would lose everything since its last checkpoint.
 */
public final class DestroyHook {

    /** The parent waits at most this long; the bound is 500 ms on top of the kill. */
    static final long WAIT_MILLIS = 400;

    private static volatile File dataDirectory;
    private static volatile String host;
    private static volatile WarningSink warnings;

    private DestroyHook() {
    }

    public static void install(File directory, String hostName, WarningSink sink) {
        warnings = sink;
        host = hostName;
        dataDirectory = directory;
    }

    static void beforeDestroy(Object process, boolean force) {
        File directory = dataDirectory;
        if (!force || directory == null) {
            // SIGTERM runs the child's shutdown hooks, which write its snapshot
            return;
        }
        try {
            if (!((Process) process).isAlive()) {
                // a child that ended wrote its last snapshot; a finally { destroyForcibly() } must not wait
                return;
            }
            long pid = (Long) Process.class.getMethod("pid").invoke(process);
            String id = coveredProcess(directory, host, pid);
            if (id != null && !DumpRequests.request(directory, id, WAIT_MILLIS)) {
                warnings.warn("process " + id + " did not write a snapshot within " + WAIT_MILLIS
                        + " ms before destroyForcibly killed it");
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        } catch (Throwable failure) {
            warnings.warn("could not ask a child for a snapshot before destroyForcibly: " + failure);
        }
    }

    /**
     * The id of the covered JVM with this pid on this host, from its manifest's name; null if none.
     * A pid can come round again in a long build: an ended process's manifest says so, and of
     * several still marked running (one killed long ago, one alive) the newest is the live one.
     */
    static String coveredProcess(File directory, String host, long pid) {
        final String prefix = host + "-" + pid + "-";
        File[] manifests = directory.listFiles(new FilenameFilter() {
            @Override
            public boolean accept(File dir, String name) {
                return name.startsWith(prefix) && name.endsWith(DataFormat.MANIFEST_SUFFIX);
            }
        });
        File newest = null;
        for (File manifest : manifests == null ? new File[0] : manifests) {
            if (stillRunning(manifest) && (newest == null || manifest.lastModified() > newest.lastModified())) {
                newest = manifest;
            }
        }
        return newest == null ? null : newest.getName().substring(0, newest.getName().length() - DataFormat.MANIFEST_SUFFIX.length());
    }

    private static boolean stillRunning(File manifest) {
        try {
            return ProcessManifest.saysRunning(new String(ProcSelf.read(manifest), "UTF-8"));
        } catch (IOException unreadable) {
            return false;
        }
    }
}
