package io.github.subcov.report;

import org.jacoco.core.data.ExecutionData;
import org.jacoco.core.data.ExecutionDataStore;
import org.jacoco.core.data.SessionInfoStore;

/** What {@link ExecSalvager} got out of one {@code .exec} file. */
public final class SalvagedExec {

    private final ReadStatus status;
    private final String problem;
    private final long size;
    private final ExecutionDataStore executionData;
    private final SessionInfoStore sessionInfos;

    SalvagedExec(ReadStatus status, String problem, long size, ExecutionDataStore executionData,
            SessionInfoStore sessionInfos) {
        this.status = status;
        this.problem = problem;
        this.size = size;
        this.executionData = executionData;
        this.sessionInfos = sessionInfos;
    }

    static SalvagedExec withoutData(ReadStatus status, String problem, long size) {
        return new SalvagedExec(status, problem, size, new ExecutionDataStore(), new SessionInfoStore());
    }

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

    /** The class records read; not to be modified. */
    public ExecutionDataStore executionData() {
        return executionData;
    }

    /** The session records read; not to be modified. */
    public SessionInfoStore sessionInfos() {
        return sessionInfos;
    }

    /** Whether any class record has a hit: records without hits cover nothing. */
    public boolean hasHits() {
        for (ExecutionData data : executionData.getContents()) {
            if (data.hasHits()) {
                return true;
            }
        }
        return false;
    }
}
