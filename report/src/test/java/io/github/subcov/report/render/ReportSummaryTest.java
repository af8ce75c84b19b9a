package io.github.subcov.report.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.subcov.report.combine.ProcessRecord;
import io.github.subcov.report.combine.ProcessRecords;
import io.github.subcov.report.exec.ReadStatus;
import io.github.subcov.report.exec.SalvagedExecs;
import io.github.subcov.report.processes.ProcessCoverage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ReportSummaryTest {

    @Test
    void printsTheLineOfTheDesignBrief() {
        ReportSummary summary = summary(27, 1, 812, 188, 340);

        assertEquals("subcov: 27 JVMs (1 test JVM, 26 spawned) \u2014 lines 81.2% (test JVM alone 34.0%)",
                summary.consoleLine());
    }

    @Test
    void saysTestJvmsWhenThereAreSeveral() {
        assertEquals("subcov: 3 JVMs (2 test JVMs, 1 spawned) \u2014 lines 50.0% (test JVMs alone 25.0%)",
                summary(3, 2, 2, 2, 1).consoleLine());
    }

    @Test
    void saysJvmForASingleOne() {
        assertEquals("subcov: 1 JVM (1 test JVM, 0 spawned) \u2014 lines 100.0% (test JVM alone 100.0%)",
                summary(1, 1, 3, 0, 3).consoleLine());
    }

    @Test
    void roundsToOneDecimalWhateverTheDefaultLocale() {
        Locale before = Locale.getDefault();
        Locale.setDefault(Locale.GERMANY);
        try {
            ReportSummary summary = summary(2, 1, 2, 1, 1);
            assertEquals("subcov: 2 JVMs (1 test JVM, 1 spawned) \u2014 lines 66.7% (test JVM alone 33.3%)",
                    summary.consoleLine());
            assertEquals(2.0 / 3, summary.lineRatio(), 1e-9);
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void hasNoPercentageWithoutLines() {
        ReportSummary summary = summary(4, 0, 0, 0, 0);

        assertEquals("subcov: 4 JVMs (0 test JVMs, 4 spawned) \u2014 lines n/a (test JVMs alone n/a)",
                summary.consoleLine());
        assertEquals(Double.NaN, summary.rootLineRatio());
    }

    @Test
    void leavesOutTheTestJvmsShareWithoutTheProcessView() {
        ReportSummary summary = ReportSummary.withoutProcessView(812, 188, 27, 1, List.of(), List.of(), List.of());

        assertEquals("subcov: 27 JVMs (1 test JVM, 26 spawned) \u2014 lines 81.2%", summary.consoleLine());
        assertEquals(27, summary.jvmCount());
        assertEquals(26, summary.spawnedCount());
    }

    private static ReportSummary summary(int jvms, int roots, int covered, int missed, int rootCovered) {
        List<ProcessCoverage> processes = new ArrayList<>();
        for (int i = 0; i < jvms; i++) {
            ProcessRecord process = ProcessRecords.record("vm-" + i, SalvagedExecs.withoutData(ReadStatus.MISSING, 0),
                    null);
            processes.add(new ProcessCoverage(process, 0, 0));
        }
        return new ReportSummary(covered, missed, rootCovered, roots, processes, List.of(), List.of(), List.of());
    }
}
