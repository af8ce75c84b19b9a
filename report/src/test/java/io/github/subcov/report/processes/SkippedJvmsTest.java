package io.github.subcov.report.processes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.subcov.report.combine.ProcessManifest;
import io.github.subcov.report.combine.ProcessRecord;
import io.github.subcov.report.combine.ProcessRecords;
import io.github.subcov.report.exec.ReadStatus;
import io.github.subcov.report.exec.SalvagedExecs;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SkippedJvmsTest {

    @Test
    void namesEachMainWithItsCountMostFrequentFirstThenByName() throws Exception {
        List<ProcessRecord> skipped = new ArrayList<>();
        skipped.add(skipped("subcov.processExcludes", "app.Zeta"));
        skipped.add(skipped("subcov.processExcludes", "app.Worker"));
        skipped.add(skipped("subcov.processExcludes", "app.Alpha"));
        skipped.add(skipped("subcov.processExcludes", "app.Worker"));
        skipped.add(skipped("subcov.processExcludes", null));

        assertEquals(List.of("subcov: 5 JVMs skipped by subcov.processExcludes: app.Worker (2), (main class unknown)"
                + " (1), app.Alpha (1), app.Zeta (1)"), SkippedJvms.lines(skipped));
    }

    @Test
    void manyKindsOfJvmAreCutShortWithACountOfTheRest() throws Exception {
        List<ProcessRecord> skipped = new ArrayList<>();
        for (int i = 0; i < SkippedJvms.NAMES_SHOWN + 3; i++) {
            skipped.add(skipped("subcov.processIncludes", "tool.Main" + (char) ('a' + i)));
        }

        String line = SkippedJvms.lines(skipped).get(0);

        assertEquals("subcov: 13 JVMs skipped by subcov.processIncludes: tool.Maina (1), tool.Mainb (1), tool.Mainc (1),"
                + " tool.Maind (1), tool.Maine (1), tool.Mainf (1), tool.Maing (1), tool.Mainh (1), tool.Maini (1),"
                + " tool.Mainj (1) and 3 more", line);
    }

    @Test
    void noSkippedJvmNoLine() {
        assertEquals(List.of(), SkippedJvms.lines(List.of()));
    }

    private static ProcessRecord skipped(String filter, String main) throws Exception {
        ProcessManifest manifest = ProcessManifest.parse("{\"id\": \"vm-skipped\", \"skippedBy\": \"" + filter
                + "\", \"main\": " + (main == null ? "null" : "\"" + main + "\"") + "}");
        return ProcessRecords.record("vm-skipped", SalvagedExecs.withoutData(ReadStatus.MISSING, 0), manifest);
    }
}
