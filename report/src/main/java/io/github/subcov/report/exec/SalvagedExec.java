package io.github.subcov.report.exec;

import java.io.File;
import org.jacoco.core.data.ExecutionDataStore;
import org.jacoco.core.data.SessionInfoStore;

/** What {@link ExecSalvager} got out of one {@code .exec} file. */
public final class SalvagedExec {

    private final ReadStatus status;
    private final String problem;
    private final long size;
    private final boolean hasHits;
    private final ExecutionDataStore executionData;
    private final SessionInfoStore sessionInfos;
    private final File source;

    SalvagedExec(ReadStatus status, String problem, long size, boolean hasHits, ExecutionDataStore executionData,
            SessionInfoStore sessionInfos) {
        this(status, problem, size, hasHits, executionData, sessionInfos, null);
    }

    private SalvagedExec(ReadStatus status, String problem, long size, boolean hasHits,
            ExecutionDataStore executionData, SessionInfoStore sessionInfos, File source) {
        this.status = status;
        this.problem = problem;
        this.size = size;
        this.hasHits = hasHits;
        this.executionData = executionData;
        this.sessionInfos = sessionInfos;
        this.source = source;
    }

    static SalvagedExec withoutData(ReadStatus status, String problem, long size) {
        return new SalvagedExec(status, problem, size, false, new ExecutionDataStore(), new SessionInfoStore());
    }

    /** A file whose records went elsewhere as they were read; its data is read again when asked for. */
    static SalvagedExec readAgainFrom(File source, ReadStatus status, String problem, long size, boolean hasHits) {
        return new SalvagedExec(status, problem, size, hasHits, null, null, source);
    }

    /** How much of the file could be read. */
    public ReadStatus status() {
        return status;
    }

    /** Why the file was not read to its end; {@code null} when it was. */
    public String problem() {
        return problem;
    }

    /** The file's length in bytes; 0 when it is missing. */
    public long size() {
        return size;
    }

    /**
     * The class records read; not to be modified. For a file the combiner read, they are read
     * again from the file on each call: a thousand processes' data held in memory cost hundreds
     * of megabytes, and only the process view needs them, one process at a time.
     */
    public ExecutionDataStore executionData() {
        return executionData != null ? executionData : ExecSalvager.read(source).executionData();
    }

    /** The session records read; not to be modified. Read again from the file, as the class records. */
    public SessionInfoStore sessionInfos() {
        return sessionInfos != null ? sessionInfos : ExecSalvager.read(source).sessionInfos();
    }

    /** Whether any class record has a hit: records without hits cover nothing. */
    public boolean hasHits() {
        return hasHits;
    }
}
