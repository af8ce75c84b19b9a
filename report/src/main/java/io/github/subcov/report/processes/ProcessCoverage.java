package io.github.subcov.report.processes;

import io.github.subcov.report.combine.ProcessRecord;

/** What one process covered, in lines as JaCoCo counts them. */
public final class ProcessCoverage {

    private final ProcessRecord process;
    private final int linesCovered;
    private final int uniqueLinesCovered;

    /** Line counts as {@link ProcessLines} worked them out. */
    public ProcessCoverage(ProcessRecord process, int linesCovered, int uniqueLinesCovered) {
        this.process = process;
        this.linesCovered = linesCovered;
        this.uniqueLinesCovered = uniqueLinesCovered;
    }

    /** The process as found in the data directory. */
    public ProcessRecord process() {
        return process;
    }

    /** Lines this process covered, whoever else covered them too. */
    public int linesCovered() {
        return linesCovered;
    }

    /** Lines this process covered that no other process did: what would be lost without it. */
    public int uniqueLinesCovered() {
        return uniqueLinesCovered;
    }
}
