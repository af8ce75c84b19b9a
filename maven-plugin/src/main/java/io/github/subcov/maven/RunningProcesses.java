package io.github.subcov.maven;

import io.github.subcov.report.ProcessManifest;

import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** The covered JVMs whose manifests say they are still running. */
final class RunningProcesses {

    private final List<File> manifests;

    private RunningProcesses(List<File> manifests) {
        this.manifests = manifests;
    }

    static RunningProcesses in(File directory) {
        List<File> running = new ArrayList<>();
        File[] files = directory.listFiles((dir, name) -> name.endsWith(".json"));
        for (File file : files == null ? new File[0] : files) {
            ProcessManifest manifest = read(file);
            if (manifest != null && manifest.ending() == ProcessManifest.Ending.RUNNING) {
                running.add(file);
            }
        }
        return new RunningProcesses(running);
    }

    int count() {
        return manifests.size();
    }

    /** Waits until each has written a snapshot since the given time, or the time is up. */
    int awaitDumpsSince(long millis, long waitMillis) {
        long deadline = System.currentTimeMillis() + waitMillis;
        int answered = answeredSince(millis);
        while (answered < manifests.size() && System.currentTimeMillis() < deadline) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                break;
            }
            answered = answeredSince(millis);
        }
        return answered;
    }

    private int answeredSince(long millis) {
        int answered = 0;
        for (File file : manifests) {
            ProcessManifest manifest = read(file);
            Long dumped = manifest == null ? null : manifest.lastDumpMillis();
            if (dumped != null && dumped >= millis || manifest != null
                    && manifest.ending() != ProcessManifest.Ending.RUNNING) {
                answered++;
            }
        }
        return answered;
    }

    private static ProcessManifest read(File file) {
        try {
            return ProcessManifest.read(file);
        } catch (IOException | RuntimeException unreadable) {
            return null;
        }
    }
}
