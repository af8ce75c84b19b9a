package io.github.subcov.report.combine;

import static io.github.subcov.report.DataDirectory.classData;
import static io.github.subcov.report.DataDirectory.exec;
import static io.github.subcov.report.DataDirectory.writeExec;
import static io.github.subcov.report.DataDirectory.writeManifest;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.subcov.report.exec.ReadStatus;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.jacoco.core.data.ExecutionData;
import org.jacoco.core.tools.ExecFileLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExecCombinerTest {

    @TempDir
    Path data;

    @Test
    void mergesTheProbesOfEveryProcess() throws Exception {
        writeExec(data, "vm-1", exec(classData(7, "a/A", 4, 0), classData(8, "a/B", 2, 1)));
        writeExec(data, "vm-2", exec(classData(7, "a/A", 4, 2)));
        writeExec(data, "vm-3", exec(classData(7, "a/A", 4, 0, 3), classData(9, "a/C", 1, 0)));

        CombinedData combined = ExecCombiner.combine(List.of(data.toFile()));

        assertArrayEquals(new boolean[] {true, false, true, true}, combined.executionData().get(7).getProbes());
        assertArrayEquals(new boolean[] {false, true}, combined.executionData().get(8).getProbes());
        assertArrayEquals(new boolean[] {true}, combined.executionData().get(9).getProbes());
        assertEquals(3, combined.executionData().getContents().size());
        assertEquals(3, combined.sessionInfos().getInfos().size());
        assertEquals(3, combined.filesRead());
        assertEquals("subcov: combined 3 files, 0 salvaged, 0 unreadable", combined.summaryLine());
        assertTrue(combined.warnings().isEmpty());
    }

    @Test
    void leavesEachProcesssOwnDataUnchangedByTheMerge() throws Exception {
        writeExec(data, "vm-1", exec(classData(7, "a/A", 3, 0)));
        writeExec(data, "vm-2", exec(classData(7, "a/A", 3, 2)));

        CombinedData combined = ExecCombiner.combine(List.of(data.toFile()));

        assertArrayEquals(new boolean[] {true, false, true}, combined.executionData().get(7).getProbes());
        assertArrayEquals(new boolean[] {true, false, false},
                combined.processes().get(0).executionData().get(7).getProbes());
        assertArrayEquals(new boolean[] {false, false, true},
                combined.processes().get(1).executionData().get(7).getProbes());
    }

    @Test
    void sortsProcessesByStartTimeThenIdWithUnknownStartsLast() throws Exception {
        writeManifest(data, "vm-b", null, 2000, "exit", "java B");
        writeManifest(data, "vm-c", "vm-b", 1000, "exit", "java C");
        writeManifest(data, "vm-a", "vm-b", 2000, "exit", "java A");
        writeExec(data, "vm-0", exec(classData(1, "a/A", 1, 0)));

        CombinedData combined = ExecCombiner.combine(List.of(data.toFile()));

        assertEquals(List.of("vm-c", "vm-a", "vm-b", "vm-0"),
                combined.processes().stream().map(ProcessRecord::id).toList());
    }

    @Test
    void countsSalvagedAndUnreadableFilesAndNamesThemInWarnings() throws Exception {
        byte[] whole = exec(classData(1, "a/A", 2, 0), classData(2, "a/B", 2, 1));
        writeExec(data, "vm-good", exec(classData(3, "a/C", 2, 0)));
        Path truncated = writeExec(data, "vm-cut", Arrays.copyOf(whole, whole.length - 3));
        Path garbage = writeExec(data, "vm-junk", "not coverage".getBytes());
        writeExec(data, "vm-empty", new byte[0]);

        CombinedData combined = ExecCombiner.combine(List.of(data.toFile()));

        assertEquals("subcov: combined 4 files, 1 salvaged, 1 unreadable", combined.summaryLine());
        assertEquals(List.of(
                truncated.toFile().getCanonicalFile() + ": truncated after 1 class records; those were kept",
                garbage.toFile().getCanonicalFile() + ": not a JaCoCo execution data file; skipped"),
                combined.warnings());
        assertEquals(2, combined.executionData().getContents().size());
        assertTrue(combined.executionData().contains("a/A"));
        assertTrue(combined.executionData().contains("a/C"));
    }

    @Test
    void warnsAboutAMissingDirectoryAndReadsTheOthers() throws Exception {
        File missing = data.resolve("no-such-dir").toFile();
        Path present = Files.createDirectories(data.resolve("present"));
        writeExec(present, "vm-1", exec(classData(1, "a/A", 2, 1)));

        CombinedData combined = ExecCombiner.combine(List.of(missing, present.toFile()));

        assertEquals(List.of("data directory " + missing.getCanonicalFile() + " does not exist"),
                combined.warnings());
        assertEquals(1, combined.processes().size());
        assertEquals("subcov: combined 1 file, 0 salvaged, 0 unreadable", combined.summaryLine());
    }

    @Test
    void leavesOutConflictingClassDataWithAWarningAndKeepsTheRest() throws Exception {
        writeManifest(data, "vm-1", null, 1000, "exit", "java First");
        writeExec(data, "vm-1", exec(classData(7, "a/A", 3, 0)));
        writeManifest(data, "vm-2", "vm-1", 2000, "exit", "java Second");
        Path second = writeExec(data, "vm-2", exec(classData(7, "a/A", 5, 4), classData(8, "a/B", 2, 1)));

        CombinedData combined = ExecCombiner.combine(List.of(data.toFile()));

        assertEquals(List.of(second.toFile().getCanonicalFile() + ": data for class a/A (id 0000000000000007)"
                + " conflicts with another process's data and was left out"
                + " (Incompatible execution data for class a/A with id 0000000000000007.)"),
                combined.warnings());
        assertArrayEquals(new boolean[] {true, false, false}, combined.executionData().get(7).getProbes());
        assertArrayEquals(new boolean[] {false, true}, combined.executionData().get(8).getProbes());
    }

    @Test
    void ignoresTemporaryAndForeignFiles() throws Exception {
        writeExec(data, "vm-1", exec(classData(1, "a/A", 2, 1)));
        Files.write(data.resolve("vm-1.exec.tmp"), new byte[] {1, 2, 3});
        Files.writeString(data.resolve("vm-2.json.tmp"), "{");
        Files.writeString(data.resolve("notes.txt"), "hello");

        CombinedData combined = ExecCombiner.combine(List.of(data.toFile()));

        assertEquals(1, combined.processes().size());
        assertTrue(combined.warnings().isEmpty());
    }

    @Test
    void anEntryThatCannotBeReadAsAFileIsReportedUnreadable() throws Exception {
        writeExec(data, "vm-1", exec(classData(1, "a/A", 2, 1)));
        // as root no permission makes a file unreadable; a directory in its place does
        Files.createDirectories(data.resolve("vm-2.exec"));

        CombinedData combined = ExecCombiner.combine(List.of(data.toFile()));

        assertEquals(2, combined.processes().size());
        assertEquals(1, combined.unreadableCount());
        assertEquals(1, combined.warnings().size());
        assertTrue(combined.warnings().get(0).contains("vm-2.exec: cannot read the file"), combined.warnings().get(0));
        assertTrue(combined.executionData().contains("a/A"));
    }

    @Test
    void readsAnExecFileWithoutManifestAsAProcessOfUnknownDetails() throws Exception {
        writeExec(data, "jacoco", exec(classData(1, "a/A", 2, 1)));

        ProcessRecord process = ExecCombiner.combine(List.of(data.toFile())).processes().get(0);

        assertEquals("jacoco", process.id());
        assertNull(process.manifest());
        assertNull(process.manifestProblem());
        assertEquals("(unknown: no manifest)", process.command());
        assertTrue(process.hasData());
    }

    @Test
    void listsProcessesThatRecordedNothingWithTheLikelyReason() throws Exception {
        writeManifest(data, "vm-root", null, 1000, "exit", "java Tests");
        writeExec(data, "vm-root", exec(classData(1, "a/A", 2, 1)));
        writeManifest(data, "vm-killed", "vm-root", 2000, "running", "java Server");
        writeManifest(data, "vm-idle", "vm-root", 3000, "exit", "java Idle");
        writeExec(data, "vm-idle", exec());
        writeManifest(data, "vm-zero", "vm-root", 4000, "halt", "java Zero");
        writeExec(data, "vm-zero", new byte[0]);

        CombinedData combined = ExecCombiner.combine(List.of(data.toFile()));

        List<ProcessRecord> silent = combined.processesWithoutData();
        assertEquals(List.of("vm-killed", "vm-idle", "vm-zero"), silent.stream().map(ProcessRecord::id).toList());
        assertEquals(List.of("killed before its first checkpoint, or still running", "ran no instrumented code",
                "its data file is empty"), silent.stream().map(ProcessRecord::noDataReason).toList());
        assertEquals(List.of("java Server", "java Idle", "java Zero"),
                silent.stream().map(ProcessRecord::command).toList());
        assertEquals(3, combined.filesRead());
        assertEquals(ReadStatus.MISSING, silent.get(0).readStatus());
    }

    @Test
    void warnsAboutAnUnreadableManifestAndKeepsTheData() throws Exception {
        Path manifest = Files.writeString(data.resolve("vm-1.json"), "{\"id\": \"vm-1\", \"pid\": ");
        writeExec(data, "vm-1", exec(classData(1, "a/A", 2, 1)));

        CombinedData combined = ExecCombiner.combine(List.of(data.toFile()));

        ProcessRecord process = combined.processes().get(0);
        assertNull(process.manifest());
        assertTrue(process.hasData());
        assertEquals(1, combined.warnings().size());
        assertTrue(combined.warnings().get(0).startsWith(
                manifest.toFile().getCanonicalFile() + ": unreadable manifest (not valid JSON: "),
                combined.warnings().get(0));
    }

    @Test
    void readsTheSameDirectoryNamedTwiceOnce() throws Exception {
        writeExec(data, "vm-1", exec(classData(1, "a/A", 2, 1)));

        CombinedData combined = ExecCombiner.combine(
                List.of(data.toFile(), new File(data.toFile(), "../" + data.getFileName())));

        assertEquals(1, combined.processes().size());
    }

    @Test
    void writesTheMergedDataAsAnExecFileJacocoReads() throws Exception {
        writeExec(data, "vm-1", exec(classData(7, "a/A", 3, 0)));
        writeExec(data, "vm-2", exec(classData(7, "a/A", 3, 2), classData(8, "a/B", 1, 0)));
        File target = data.resolve("out/nested/subcov.exec").toFile();

        ExecCombiner.combine(List.of(data.toFile())).writeExec(target);

        ExecFileLoader loader = new ExecFileLoader();
        loader.load(target);
        ExecutionData a = loader.getExecutionDataStore().get(7);
        assertArrayEquals(new boolean[] {true, false, true}, a.getProbes());
        assertEquals(2, loader.getExecutionDataStore().getContents().size());
        assertEquals(2, loader.getSessionInfoStore().getInfos().size());
    }

    @Test
    void readsManyProcessesInParallelWithTheSameResultAsOne() throws Exception {
        for (int i = 0; i < 200; i++) {
            writeManifest(data, "vm-%03d".formatted(i), i == 0 ? null : "vm-000", 1000 + i, "exit", "java P" + i);
            writeExec(data, "vm-%03d".formatted(i), exec(classData(1, "a/A", 200, i)));
        }

        CombinedData combined = ExecCombiner.combine(List.of(data.toFile()));

        boolean[] all = new boolean[200];
        Arrays.fill(all, true);
        assertArrayEquals(all, combined.executionData().get(1).getProbes());
        assertEquals("vm-000", combined.processes().get(0).id());
        assertEquals("vm-199", combined.processes().get(199).id());
        assertEquals("subcov: combined 200 files, 0 salvaged, 0 unreadable", combined.summaryLine());
    }

    @Test
    void keepsTheRecordsBeforeABreakWhileMergingAsItReads() throws Exception {
        writeExec(data, "vm-1", exec(classData(1, "a/A", 2, 0)));
        byte[] whole = exec(classData(1, "a/A", 2, 1), classData(2, "a/B", 2, 1), classData(3, "a/C", 9, 8));
        writeExec(data, "vm-2", Arrays.copyOf(whole, whole.length - 2));

        CombinedData combined = ExecCombiner.combine(List.of(data.toFile()));

        assertEquals("subcov: combined 2 files, 1 salvaged, 0 unreadable", combined.summaryLine());
        assertArrayEquals(new boolean[] {true, true}, combined.executionData().get(1).getProbes());
        assertArrayEquals(new boolean[] {false, true}, combined.executionData().get(2).getProbes());
        assertNull(combined.executionData().get(3));
        ProcessRecord salvaged = combined.processes().get(1);
        assertEquals(ReadStatus.SALVAGED, salvaged.readStatus());
        assertEquals(2, salvaged.executionData().getContents().size());
    }

    @Test
    void theFirstStartedProcessWinsAConflictWhicheverThreadReadIt() throws Exception {
        // ids sort the other way round from start times, so reading order is not start order
        writeManifest(data, "vm-z-first", null, 1000, "exit", "java First");
        writeExec(data, "vm-z-first", exec(classData(7, "a/A", 5, 4)));
        List<String> expected = new java.util.ArrayList<String>();
        for (int i = 0; i < 60; i++) {
            String id = "vm-%02d".formatted(i);
            writeManifest(data, id, "vm-z-first", 2000 + i, "exit", "java P" + i);
            boolean fits = i % 3 == 0;
            Path file = writeExec(data, id, exec(fits ? classData(7, "a/A", 5, 0) : classData(7, "a/A", 3, 1),
                    classData(8, "a/B", 1, 0)));
            if (!fits) {
                expected.add(file.toFile().getCanonicalFile() + ": data for class a/A (id 0000000000000007)"
                        + " conflicts with another process's data and was left out"
                        + " (Incompatible execution data for class a/A with id 0000000000000007.)");
            }
        }

        CombinedData combined = ExecCombiner.combine(List.of(data.toFile()));

        assertEquals(expected, combined.warnings());
        assertArrayEquals(new boolean[] {true, false, false, false, true}, combined.executionData().get(7).getProbes());
        assertArrayEquals(new boolean[] {true}, combined.executionData().get(8).getProbes());
    }

    @Test
    void aClassThatComesTwiceInOneFileInAnotherShapeIsLeftOutWithAWarning() throws Exception {
        Path file = writeExec(data, "vm-1", exec(classData(7, "a/A", 3, 0), classData(7, "a/A", 4, 3),
                classData(8, "a/B", 1, 0)));

        CombinedData combined = ExecCombiner.combine(List.of(data.toFile()));

        assertEquals(1, combined.warnings().size());
        assertTrue(combined.warnings().get(0).startsWith(file.toFile().getCanonicalFile() + ": data for class a/A"),
                combined.warnings().get(0));
        assertArrayEquals(new boolean[] {true, false, false}, combined.executionData().get(7).getProbes());
        assertTrue(combined.executionData().contains("a/B"));
        assertEquals("subcov: combined 1 file, 0 salvaged, 0 unreadable", combined.summaryLine());
    }
}
