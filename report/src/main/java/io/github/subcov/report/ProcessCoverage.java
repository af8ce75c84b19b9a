package io.github.subcov.report;

/** What one process covered, in lines as JaCoCo counts them. */
public final class ProcessCoverage {

    private final ProcessRecord process;
    private final int linesCovered;
    private final int uniqueLinesCovered;

    ProcessCoverage(ProcessRecord process, int linesCovered, int uniqueLinesCovered) {
        this.process = process;
        this.linesCovered = linesCovered;
        this.uniqueLinesCovered = uniqueLinesCovered;
    }

    public ProcessRecord process() {
        return process;
    }

    public int linesCovered() {
        return linesCovered;
    }

    /** Lines this process covered that no other process did: what would be lost without it. */
    public int uniqueLinesCovered() {
        return uniqueLinesCovered;
    }
}
