package io.github.subcov.report.render;

import io.github.subcov.report.combine.CombinedData;
import io.github.subcov.report.combine.ProcessRecord;
import io.github.subcov.report.processes.ProcessCoverage;
import io.github.subcov.report.processes.SkippedJvms;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/** The numbers of one report, and the line the build prints. */
public final class ReportSummary {

    static final String CONSOLE_LINE = "subcov: %d %s (%d %s, %d spawned) \u2014 lines %s (%s alone %s)";
    static final String CONSOLE_LINE_WITHOUT_PROCESS_VIEW = "subcov: %d %s (%d %s, %d spawned) \u2014 lines %s";
    static final String NO_LINES = "n/a";

    private final int linesCovered;
    private final int linesMissed;
    private final int rootLinesCovered;
    private final int rootCount;
    private final int jvmCount;
    private final boolean processView;
    private final List<ProcessCoverage> processes;
    private final List<ProcessRecord> processesWithoutData;
    private final List<ProcessRecord> skippedProcesses;
    private final List<String> warnings;

    ReportSummary(int linesCovered, int linesMissed, int rootLinesCovered, int rootCount,
            List<ProcessCoverage> processes, List<ProcessRecord> processesWithoutData,
            List<ProcessRecord> skippedProcesses, List<String> warnings) {
        this(linesCovered, linesMissed, rootLinesCovered, rootCount, processes.size(), true, processes,
                processesWithoutData, skippedProcesses, warnings);
    }

    private ReportSummary(int linesCovered, int linesMissed, int rootLinesCovered, int rootCount, int jvmCount,
            boolean processView, List<ProcessCoverage> processes, List<ProcessRecord> processesWithoutData,
            List<ProcessRecord> skippedProcesses, List<String> warnings) {
        this.linesCovered = linesCovered;
        this.linesMissed = linesMissed;
        this.rootLinesCovered = rootLinesCovered;
        this.rootCount = rootCount;
        this.jvmCount = jvmCount;
        this.processView = processView;
        this.processes = processes;
        this.processesWithoutData = processesWithoutData;
        this.skippedProcesses = skippedProcesses;
        this.warnings = warnings;
    }

    /** A report without the process view: no process's own lines are known. */
    static ReportSummary withoutProcessView(int linesCovered, int linesMissed, int jvmCount, int rootCount,
            List<ProcessRecord> processesWithoutData, List<ProcessRecord> skippedProcesses, List<String> warnings) {
        return new ReportSummary(linesCovered, linesMissed, 0, rootCount, jvmCount, false,
                Collections.<ProcessCoverage>emptyList(), processesWithoutData, skippedProcesses, warnings);
    }

    /** Whether the report worked out which process covered what. */
    public boolean hasProcessView() {
        return processView;
    }

    /** Lines covered by any process; the XML report's total LINE counter. */
    public int linesCovered() {
        return linesCovered;
    }

    /** Lines no process covered. */
    public int linesMissed() {
        return linesMissed;
    }

    /** Every line of the classes reported on. */
    public int linesTotal() {
        return linesCovered + linesMissed;
    }

    /** Lines covered by the test JVMs alone: what plain JaCoCo would have reported; 0 without the process view. */
    public int rootLinesCovered() {
        return rootLinesCovered;
    }

    /** Covered lines over all lines, from 0 to 1; {@code NaN} when there are no lines. */
    public double lineRatio() {
        return ratio(linesCovered);
    }

    /** {@code NaN} without the process view. */
    public double rootLineRatio() {
        return processView ? ratio(rootLinesCovered) : Double.NaN;
    }

    /** The covered processes, whether or not they recorded anything; skipped ones are not counted. */
    public int jvmCount() {
        return jvmCount;
    }

    /** Test JVMs: processes whose manifest names no parent. */
    public int rootCount() {
        return rootCount;
    }

    /** Processes that a test JVM or another process started. */
    public int spawnedCount() {
        return jvmCount() - rootCount;
    }

    /** Processes that recorded no coverage. */
    public int noDataCount() {
        return processesWithoutData.size();
    }

    /** Every process, sorted by start time, then id; empty without the process view. */
    public List<ProcessCoverage> processes() {
        return processes;
    }

    /** {@link ProcessRecord#noDataReason()} says why each recorded nothing. */
    public List<ProcessRecord> processesWithoutData() {
        return processesWithoutData;
    }

    /** The JVMs that a process filter kept from being covered; they count in no other number. */
    public List<ProcessRecord> skippedProcesses() {
        return skippedProcesses;
    }

    /**
     * One line per filter that skipped any JVM, such as
     * {@code subcov: 2 JVMs skipped by subcov.processExcludes: app.Worker (2)}; none when none was.
     */
    public List<String> skippedLines() {
        return SkippedJvms.lines(skippedProcesses);
    }

    /** Problems met while analysing classes; those of reading data are in {@link CombinedData#warnings()}. */
    public List<String> warnings() {
        return warnings;
    }

    /**
     * For example {@code subcov: 27 JVMs (1 test JVM, 26 spawned) — lines 81.2% (test JVM alone 34.0%)};
     * without the process view the part in the last brackets is left out.
     */
    public String consoleLine() {
        int jvms = jvmCount();
        String roots = rootCount == 1 ? "test JVM" : "test JVMs";
        String jvmWord = jvms == 1 ? "JVM" : "JVMs";
        if (!processView) {
            return String.format(Locale.ROOT, CONSOLE_LINE_WITHOUT_PROCESS_VIEW, jvms, jvmWord, rootCount, roots,
                    spawnedCount(), percent(lineRatio()));
        }
        return String.format(Locale.ROOT, CONSOLE_LINE, jvms, jvmWord, rootCount, roots, spawnedCount(),
                percent(lineRatio()), roots, percent(rootLineRatio()));
    }

    private double ratio(int covered) {
        int total = linesTotal();
        return total == 0 ? Double.NaN : (double) covered / total;
    }

    static String percent(double ratio) {
        return Double.isNaN(ratio) ? NO_LINES : String.format(Locale.ROOT, "%.1f%%", 100 * ratio);
    }
}
