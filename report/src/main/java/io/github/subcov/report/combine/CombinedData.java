package io.github.subcov.report.combine;

import io.github.subcov.report.exec.ReadStatus;
import java.io.BufferedOutputStream;
import java.io.File;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.jacoco.core.data.ExecutionDataStore;
import org.jacoco.core.data.ExecutionDataWriter;
import org.jacoco.core.data.SessionInfoStore;

/** Every process found in the data directories, and their coverage merged into one. */
public final class CombinedData {

    private final List<ProcessRecord> processes;
    private final List<ProcessRecord> skippedProcesses;
    private final ExecutionDataStore executionData;
    private final SessionInfoStore sessionInfos;
    private final List<String> warnings;

    CombinedData(List<ProcessRecord> processes, List<ProcessRecord> skippedProcesses,
            ExecutionDataStore executionData, SessionInfoStore sessionInfos, List<String> warnings) {
        this.processes = processes;
        this.skippedProcesses = skippedProcesses;
        this.executionData = executionData;
        this.sessionInfos = sessionInfos;
        this.warnings = warnings;
    }

    /** The covered processes, sorted by start time, then id. */
    public List<ProcessRecord> processes() {
        return processes;
    }

    /** The JVMs that a process filter kept from being covered, in the same order; none recorded anything. */
    public List<ProcessRecord> skippedProcesses() {
        return skippedProcesses;
    }

    /** The merged coverage of all processes; not to be modified. */
    public ExecutionDataStore executionData() {
        return executionData;
    }

    /** The sessions of all processes; not to be modified. */
    public SessionInfoStore sessionInfos() {
        return sessionInfos;
    }

    /** One line per problem, each naming the file and the reason. */
    public List<String> warnings() {
        return warnings;
    }

    /** How many {@code .exec} files were found, whatever was in them. */
    public int filesRead() {
        return processes.size() - count(ReadStatus.MISSING);
    }

    /** How many {@code .exec} files broke off; their readable part was kept. */
    public int salvagedCount() {
        return count(ReadStatus.SALVAGED);
    }

    /** How many {@code .exec} files gave nothing usable. */
    public int unreadableCount() {
        return count(ReadStatus.UNREADABLE);
    }

    /** Processes that contribute no coverage; {@link ProcessRecord#noDataReason()} says why. */
    public List<ProcessRecord> processesWithoutData() {
        List<ProcessRecord> silent = new ArrayList<ProcessRecord>();
        for (ProcessRecord process : processes) {
            if (!process.hasData()) {
                silent.add(process);
            }
        }
        return Collections.unmodifiableList(silent);
    }

    /** Writes the merged data in JaCoCo's format, creating parent directories. */
    public void writeExec(File file) throws IOException {
        File parent = file.getAbsoluteFile().getParentFile();
        if (parent != null) {
            Files.createDirectories(parent.toPath());
        }
        try (OutputStream out = new BufferedOutputStream(new FileOutputStream(file))) {
            ExecutionDataWriter writer = new ExecutionDataWriter(out);
            sessionInfos.accept(writer);
            executionData.accept(writer);
        }
    }

    /**
     * For example {@code subcov: combined 27 files, 1 salvaged, 1 unreadable}. Not with
     * String.format: its first call costs a fresh JVM some 40 ms of class loading.
     */
    public String summaryLine() {
        int files = filesRead();
        return "subcov: combined " + files + (files == 1 ? " file, " : " files, ") + salvagedCount() + " salvaged, "
                + unreadableCount() + " unreadable";
    }

    private int count(ReadStatus status) {
        int count = 0;
        for (ProcessRecord process : processes) {
            if (process.readStatus() == status) {
                count++;
            }
        }
        return count;
    }
}
