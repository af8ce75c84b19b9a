package io.github.subcov.report.combine;

import static io.github.subcov.report.DataDirectory.classData;
import static io.github.subcov.report.DataDirectory.exec;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.subcov.report.exec.ExecSalvager;
import io.github.subcov.report.exec.ReadStatus;
import io.github.subcov.report.exec.SalvagedExec;
import io.github.subcov.report.exec.SalvagedExecs;
import java.io.File;
import org.jacoco.core.data.ExecutionDataWriter;
import org.junit.jupiter.api.Test;

class ProcessRecordTest {

    private static final SalvagedExec MISSING = SalvagedExecs.withoutData(ReadStatus.MISSING, 0);
    private static final SalvagedExec EMPTY = SalvagedExecs.withoutData(ReadStatus.EMPTY, 0);
    private static final SalvagedExec HEADER_ONLY = ExecSalvager.read(ExecutionDataWriter.getFileHeader());

    @Test
    void aProcessWithHitsHasNoReason() throws Exception {
        ProcessRecord process = record(ExecSalvager.read(exec(classData(1, "a/A", 2, 1))), "exit", null);

        assertTrue(process.hasData());
        assertNull(process.noDataReason());
    }

    @Test
    void aRunningProcessWithoutDataWasKilledBeforeItsFirstCheckpoint() throws Exception {
        assertEquals("killed before its first checkpoint, or still running",
                record(MISSING, "running", null).noDataReason());
        assertEquals("killed before its first checkpoint, or still running",
                record(EMPTY, "running", null).noDataReason());
        assertEquals("killed or still running; ran no instrumented code by its last checkpoint",
                record(HEADER_ONLY, "running", null).noDataReason());
    }

    @Test
    void anEndedProcessWithoutClassDataRanNoInstrumentedCode() throws Exception {
        assertEquals("ran no instrumented code", record(HEADER_ONLY, "exit", null).noDataReason());
        assertEquals("ran no instrumented code", record(HEADER_ONLY, "halt", null).noDataReason());
        ProcessRecord noHits = record(ExecSalvager.read(exec(classData(1, "a/A", 3))), "exit", null);
        assertFalse(noHits.hasData());
        assertEquals("ran no instrumented code", noHits.noDataReason());
    }

    @Test
    void anEndedProcessWithoutDataFileSaysWhatItsManifestWarned() throws Exception {
        assertEquals("ended (exit) without writing its data", record(MISSING, "exit", null).noDataReason());
        assertEquals("ended (halt) without writing its data: could not write coverage data: disk full",
                record(MISSING, "halt", "could not write coverage data: disk full").noDataReason());
    }

    @Test
    void anEmptyOrUnreadableFileIsTheReason() throws Exception {
        assertEquals("its data file is empty", record(EMPTY, "exit", null).noDataReason());
        SalvagedExec garbage = ExecSalvager.read(new byte[] {9, 9, 9});
        assertEquals("its data file is unreadable: not a JaCoCo execution data file",
                record(garbage, "exit", null).noDataReason());
    }

    @Test
    void aProcessWithoutManifestIsNoTestJvmAndHasAnUnknownCommand() {
        ProcessRecord process = new ProcessRecord("jacoco", new File("jacoco.exec"), HEADER_ONLY,
                new File("jacoco.json"), null, null);

        assertFalse(process.isRoot());
        assertNull(process.pid());
        assertEquals("(unknown: no manifest)", process.command());
        assertEquals(ProcessManifest.Ending.UNKNOWN, process.ending());
        assertEquals("ran no instrumented code", process.noDataReason());
        assertEquals("wrote no data file",
                new ProcessRecord("x", new File("x.exec"), MISSING, new File("x.json"), null, "not a JSON object")
                        .noDataReason());
    }

    private static ProcessRecord record(SalvagedExec exec, String ending, String warning) throws Exception {
        String warnings = warning == null ? "[]" : "[\"" + warning + "\"]";
        ProcessManifest manifest = ProcessManifest.parse("{\"id\": \"vm-1\", \"pid\": 11, \"parent\": \"vm-0\","
                + " \"command\": \"java Child\", \"ending\": \"" + ending + "\", \"warnings\": " + warnings + "}");
        return new ProcessRecord("vm-1", new File("vm-1.exec"), exec, new File("vm-1.json"), manifest, null);
    }
}
