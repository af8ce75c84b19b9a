package io.github.subcov.report.combine;

import io.github.subcov.report.combine.ProcessManifest.Ending;
import io.github.subcov.report.exec.ReadStatus;
import io.github.subcov.report.exec.SalvagedExec;
import java.io.File;
import org.jacoco.core.data.ExecutionDataStore;

/**
 * One process as found in a data directory: its manifest (when there is one) and what could be
 * read from its {@code .exec} file (when there is one).
 */
public final class ProcessRecord {

    static final String UNKNOWN_COMMAND = "(unknown: no manifest)";
    static final String KILLED_EARLY = "killed before its first checkpoint, or still running";
    static final String KILLED_IDLE = "killed or still running; ran no instrumented code by its last checkpoint";
    static final String ENDED_WITHOUT_WRITING = "ended (%s) without writing its data";
    static final String NO_DATA_FILE = "wrote no data file";
    static final String EMPTY_FILE = "its data file is empty";
    static final String NO_INSTRUMENTED_CODE = "ran no instrumented code";
    static final String UNREADABLE = "its data file is unreadable: %s";

    private final String id;
    private final File execFile;
    private final SalvagedExec exec;
    private final File manifestFile;
    private final ProcessManifest manifest;
    private final String manifestProblem;
    private final String buildStep;

    ProcessRecord(String id, File execFile, SalvagedExec exec, File manifestFile, ProcessManifest manifest,
            String manifestProblem) {
        this(id, execFile, exec, manifestFile, manifest, manifestProblem, null);
    }

    ProcessRecord(String id, File execFile, SalvagedExec exec, File manifestFile, ProcessManifest manifest,
            String manifestProblem, String buildStep) {
        this.id = id;
        this.execFile = execFile;
        this.exec = exec;
        this.manifestFile = manifestFile;
        this.manifest = manifest;
        this.manifestProblem = manifestProblem;
        this.buildStep = buildStep;
    }

    /** The file name without its extension, which is the id the interceptor gave the process. */
    public String id() {
        return id;
    }

    /** Where the process's data is or would be; see {@link #readStatus()} for whether it exists. */
    public File execFile() {
        return execFile;
    }

    /** What could be read from the {@code .exec} file. */
    public SalvagedExec exec() {
        return exec;
    }

    /** How much of the {@code .exec} file could be read. */
    public ReadStatus readStatus() {
        return exec.status();
    }

    /** This process's own coverage as read from its file; not to be modified. */
    public ExecutionDataStore executionData() {
        return exec.executionData();
    }

    /** Where the manifest is or would be. */
    public File manifestFile() {
        return manifestFile;
    }

    /** {@code null} when the manifest is missing or unreadable. */
    public ProcessManifest manifest() {
        return manifest;
    }

    /** Why the manifest could not be read; {@code null} when it was read or is absent. */
    public String manifestProblem() {
        return manifestProblem;
    }

    /**
     * The build step that started this JVM, such as {@code maven-surefire-plugin:test (default-test) @ app},
     * as Maven's JVM recorded it; {@code null} where none did, and for a JVM that another JVM started.
     */
    public String buildStep() {
        return buildStep;
    }

    /** A test JVM: its manifest names no parent. Without a manifest nothing says so. */
    public boolean isRoot() {
        return manifest != null && manifest.parent() == null;
    }

    /** The id of the process that started this one; {@code null} for a test JVM or without manifest. */
    public String parentId() {
        return manifest == null ? null : manifest.parent();
    }

    /** The operating system's process id; {@code null} without manifest. */
    public Long pid() {
        return manifest == null ? null : manifest.pid();
    }

    /** The command line; {@code (unknown: no manifest)} without manifest. */
    public String command() {
        return manifest == null || manifest.command() == null ? UNKNOWN_COMMAND : manifest.command();
    }

    /** Whether a process filter kept this JVM from being covered: it is no covered process then. */
    public boolean isSkipped() {
        return manifest != null && manifest.skippedBy() != null;
    }

    /** How the process ended; {@link Ending#UNKNOWN} without manifest. */
    public Ending ending() {
        return manifest == null ? Ending.UNKNOWN : manifest.ending();
    }

    /** Sort key; processes of unknown start come last. */
    long startMillisOrMax() {
        Long start = manifest == null ? null : manifest.startMillis();
        return start == null ? Long.MAX_VALUE : start;
    }

    /** Whether the process recorded any coverage: a class record with a hit. */
    public boolean hasData() {
        return exec.hasHits();
    }

    /** The likely reason this process recorded no coverage; {@code null} when it recorded some. */
    public String noDataReason() {
        if (hasData()) {
            return null;
        }
        ReadStatus status = exec.status();
        if (status == ReadStatus.UNREADABLE) {
            return String.format(UNREADABLE, exec.problem());
        }
        Ending ending = ending();
        if (ending == Ending.RUNNING) {
            return status == ReadStatus.MISSING || status == ReadStatus.EMPTY ? KILLED_EARLY : KILLED_IDLE;
        }
        if (status == ReadStatus.MISSING) {
            if (manifest == null) {
                return NO_DATA_FILE;
            }
            String reason = String.format(ENDED_WITHOUT_WRITING, ending.description());
            // the agent records why a write failed in the manifest
            return manifest.warnings().isEmpty() ? reason : reason + ": " + manifest.warnings().get(0);
        }
        return status == ReadStatus.EMPTY ? EMPTY_FILE : NO_INSTRUMENTED_CODE;
    }
}
