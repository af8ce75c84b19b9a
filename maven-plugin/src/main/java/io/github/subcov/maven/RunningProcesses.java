package io.github.subcov.maven;

import io.github.subcov.interceptor.data.DataFormat;
import io.github.subcov.interceptor.data.DumpRequests;
import io.github.subcov.report.combine.ProcessManifest;

import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The covered JVMs of a data directory that still run on this host: their manifests say
 * {@code running}, and so does the OS. Some are servers the build never stops, some are still
 * ending (a stop that returned before the JVM exited); either can be asked for a snapshot.
 */
final class RunningProcesses {

    /** How often manifests are read again while waiting; a JVM looks for requests every 100 ms. */
    static final long POLL_MILLIS = 25;
    private static final int COMMAND_SHOWN = 200;

    private final File directory;
    private final Map<File, ProcessManifest> running;
    private final Predicate<ProcessManifest> alive;
    private final WaitClock clock;

    private RunningProcesses(File directory, Map<File, ProcessManifest> running, Predicate<ProcessManifest> alive,
            WaitClock clock) {
        this.directory = directory;
        this.running = running;
        this.alive = alive;
        this.clock = clock;
    }

    static RunningProcesses in(File directory) {
        return in(directory, LiveProcess::isAlive, WaitClock.SYSTEM);
    }

    static RunningProcesses in(File directory, Predicate<ProcessManifest> alive, WaitClock clock) {
        Map<File, ProcessManifest> running = new LinkedHashMap<>();
        File[] files = directory.listFiles((dir, name) -> name.endsWith(DataFormat.MANIFEST_SUFFIX));
        for (File file : files == null ? new File[0] : files) {
            ProcessManifest manifest = read(file);
            if (manifest != null && manifest.ending() == ProcessManifest.Ending.RUNNING && alive.test(manifest)) {
                running.put(file, manifest);
            }
        }
        return new RunningProcesses(directory, running, alive, clock);
    }

    int count() {
        return running.size();
    }

    /**
     * Asks every JVM of the directory for a snapshot, without waiting; asks nothing when none
     * runs. Returns when it asked, for {@link #awaitAnswersSince}.
     */
    long ask() throws IOException {
        return running.isEmpty() ? clock.millis() : DumpRequests.requestAll(directory);
    }

    /**
     * Waits until each has written a snapshot since the given time, has ended (its last snapshot
     * is on disk) or has died, or until {@code waitMillis} has passed; returns those still silent.
     */
    List<ProcessManifest> awaitAnswersSince(long askedMillis, long waitMillis) {
        long deadline = clock.millis() + waitMillis;
        Map<File, ProcessManifest> silent = new LinkedHashMap<>(running);
        while (true) {
            for (Iterator<Map.Entry<File, ProcessManifest>> it = silent.entrySet().iterator(); it.hasNext();) {
                Map.Entry<File, ProcessManifest> process = it.next();
                if (answered(process.getKey(), process.getValue(), askedMillis)) {
                    it.remove();
                }
            }
            long left = deadline - clock.millis();
            if (silent.isEmpty() || left <= 0) {
                return new ArrayList<>(silent.values());
            }
            try {
                clock.sleep(Math.min(POLL_MILLIS, left));
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                return new ArrayList<>(silent.values());
            }
        }
    }

    /** One process for a log line: its id, pid and command, shortened. */
    static String describe(ProcessManifest process) {
        String command = process.command() == null ? "command unknown" : process.command();
        if (command.length() > COMMAND_SHOWN) {
            command = command.substring(0, COMMAND_SHOWN) + "…";
        }
        return process.id() + " (pid " + process.pid() + ": " + command + ")";
    }

    static String describe(List<ProcessManifest> processes) {
        StringBuilder text = new StringBuilder();
        for (ProcessManifest process : processes) {
            text.append(text.length() == 0 ? "" : ", ").append(describe(process));
        }
        return text.toString();
    }

    private boolean answered(File file, ProcessManifest asFirstRead, long askedMillis) {
        // looked at before the manifest is read: a JVM writes its last manifest before it dies
        boolean stillAlive = alive.test(asFirstRead);
        ProcessManifest manifest = read(file);
        if (manifest == null || manifest.ending() != ProcessManifest.Ending.RUNNING) {
            return true;
        }
        Long dumped = manifest.lastDumpMillis();
        // one that died without a last snapshot was killed: it will never answer
        return dumped != null && dumped >= askedMillis || !stillAlive;
    }

    private static ProcessManifest read(File file) {
        try {
            return ProcessManifest.read(file);
        } catch (IOException | RuntimeException unreadable) {
            return null;
        }
    }
}
