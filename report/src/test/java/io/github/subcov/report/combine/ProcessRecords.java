package io.github.subcov.report.combine;

import io.github.subcov.report.exec.SalvagedExec;
import java.io.File;

/** Processes as combining finds them, made up for the tests of the stages after combining. */
public final class ProcessRecords {

    private ProcessRecords() {
    }

    /** Process {@code id}, whose files would be {@code <id>.exec} and {@code <id>.json}; {@code manifest} may be null. */
    public static ProcessRecord record(String id, SalvagedExec exec, ProcessManifest manifest) {
        return new ProcessRecord(id, new File(id + ".exec"), exec, new File(id + ".json"), manifest, null);
    }
}
