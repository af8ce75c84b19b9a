package io.github.subcov.report.exec;

import static io.github.subcov.report.DataDirectory.classData;
import static io.github.subcov.report.DataDirectory.exec;
import static io.github.subcov.report.DataDirectory.handMadeRecord;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Random;
import org.jacoco.core.data.ExecutionDataWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExecSalvagerTest {

    @TempDir
    Path temp;

    @Test
    void readsAWholeFileCompletely() throws Exception {
        byte[] content = exec(classData(1, "a/A", 4, 0, 2), classData(2, "a/B", 3, 1));

        SalvagedExec read = ExecSalvager.read(content);

        assertEquals(ReadStatus.COMPLETE, read.status());
        assertNull(read.problem());
        assertEquals(content.length, read.size());
        assertEquals(2, read.executionData().getContents().size());
        assertArrayEquals(new boolean[] {true, false, true, false}, read.executionData().get(1).getProbes());
        assertEquals(1, read.sessionInfos().getInfos().size());
        assertEquals("session", read.sessionInfos().getInfos().get(0).getId());
    }

    @Test
    void keepsTheRecordsBeforeATruncation() throws Exception {
        byte[] firstTwo = exec(classData(1, "a/A", 4, 0), classData(2, "a/B", 3, 1));
        byte[] all = exec(classData(1, "a/A", 4, 0), classData(2, "a/B", 3, 1), classData(3, "a/C", 9, 8));
        byte[] cutInsideThird = Arrays.copyOf(all, firstTwo.length + 5);

        SalvagedExec read = ExecSalvager.read(cutInsideThird);

        assertEquals(ReadStatus.SALVAGED, read.status());
        assertEquals("truncated after 2 class records; those were kept", read.problem());
        assertEquals(2, read.executionData().getContents().size());
        assertTrue(read.executionData().contains("a/B"));
        assertEquals(1, read.sessionInfos().getInfos().size());
    }

    @Test
    void keepsTheRecordsBeforeGarbage() throws Exception {
        byte[] valid = exec(classData(1, "a/A", 4, 0));
        byte[] withGarbage = Arrays.copyOf(valid, valid.length + 3);
        withGarbage[valid.length] = 0x7f;

        SalvagedExec read = ExecSalvager.read(withGarbage);

        assertEquals(ReadStatus.SALVAGED, read.status());
        assertEquals("corrupt (unknown block type 7f) after 1 class records; those were kept", read.problem());
        assertEquals(1, read.executionData().getContents().size());
    }

    @Test
    void reportsAZeroByteFileAsEmpty() {
        SalvagedExec read = ExecSalvager.read(new byte[0]);

        assertEquals(ReadStatus.EMPTY, read.status());
        assertEquals(0, read.size());
        assertTrue(read.executionData().getContents().isEmpty());
    }

    @Test
    void reportsRandomBytesAsNotExecData() {
        byte[] random = new byte[4096];
        new Random(7).nextBytes(random);
        random[0] = 0x42;

        SalvagedExec read = ExecSalvager.read(random);

        assertEquals(ReadStatus.UNREADABLE, read.status());
        assertEquals("not a JaCoCo execution data file", read.problem());
        assertEquals(4096, read.size());
    }

    @Test
    void reportsTextAsNotExecData() {
        SalvagedExec read = ExecSalvager.read("Exception in thread main".getBytes(StandardCharsets.UTF_8));

        assertEquals(ReadStatus.UNREADABLE, read.status());
        assertEquals("not a JaCoCo execution data file", read.problem());
    }

    @Test
    void reportsAnotherFormatVersionAsUnsupported() throws Exception {
        byte[] content = exec(classData(1, "a/A", 4, 0));
        content[3] = 0x10;
        content[4] = 0x06;

        SalvagedExec read = ExecSalvager.read(content);

        assertEquals(ReadStatus.UNREADABLE, read.status());
        assertEquals("unsupported JaCoCo data version 0x1006 (this JaCoCo reads 0x1007)", read.problem());
        assertTrue(read.executionData().getContents().isEmpty());
    }

    @Test
    void reportsAFileCutInsideItsFirstRecordAsUnreadable() throws Exception {
        byte[] content = exec(classData(1, "a/A", 4, 0));

        SalvagedExec read = ExecSalvager.read(Arrays.copyOf(content, content.length - 2));

        assertEquals(ReadStatus.UNREADABLE, read.status());
        assertEquals("truncated before its first class record", read.problem());
    }

    @Test
    void readsAHeaderOnlyFileAsCompleteWithoutData() {
        SalvagedExec read = ExecSalvager.read(ExecutionDataWriter.getFileHeader());

        assertEquals(ReadStatus.COMPLETE, read.status());
        assertEquals(5, read.size());
        assertTrue(read.executionData().getContents().isEmpty());
    }

    @Test
    void refusesAProbeCountLargerThanTheFileBeforeAllocatingIt() throws Exception {
        SalvagedExec read = ExecSalvager.read(handMadeRecord(1, "a/A", Integer.MAX_VALUE, new byte[16]));

        assertEquals(ReadStatus.UNREADABLE, read.status());
        assertEquals("corrupt (a class record claims 2147483647 probes, more than the file holds)"
                + " before its first class record", read.problem());
    }

    @Test
    void neverThrowsOnRandomBytesAfterAValidHeader() {
        Random random = new Random(2024);
        int salvagedOrUnreadable = 0;
        for (int i = 0; i < 500; i++) {
            byte[] garbage = new byte[1 + random.nextInt(300)];
            random.nextBytes(garbage);
            byte[] content = new byte[5 + garbage.length];
            System.arraycopy(ExecutionDataWriter.getFileHeader(), 0, content, 0, 5);
            System.arraycopy(garbage, 0, content, 5, garbage.length);

            SalvagedExec read = ExecSalvager.read(content);

            assertTrue(EnumSet.of(ReadStatus.COMPLETE, ReadStatus.SALVAGED, ReadStatus.UNREADABLE)
                    .contains(read.status()));
            if (read.status() != ReadStatus.COMPLETE) {
                salvagedOrUnreadable++;
            }
        }
        assertEquals(500, salvagedOrUnreadable);
    }

    @Test
    void reportsAMissingFile() {
        SalvagedExec read = ExecSalvager.read(new File(temp.toFile(), "absent.exec"));

        assertEquals(ReadStatus.MISSING, read.status());
        assertEquals(0, read.size());
    }

    @Test
    void readsFromAFile() throws Exception {
        Path file = Files.write(temp.resolve("vm-1.exec"), exec(classData(5, "a/E", 2, 1)));

        SalvagedExec read = ExecSalvager.read(file.toFile());

        assertEquals(ReadStatus.COMPLETE, read.status());
        assertEquals(Files.size(file), read.size());
        assertTrue(read.hasHits());
    }
}
