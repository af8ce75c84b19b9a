package io.github.subcov.bench.child;

import io.github.subcov.report.CombinedData;
import io.github.subcov.report.CoverageReport;
import io.github.subcov.report.ExecCombiner;
import io.github.subcov.report.ReportSummary;
import java.io.File;
import java.util.List;

/**
 * Runs in a fresh JVM: what {@code subcov:report} does after combining,
 * {@code <data directory> <class directory> <source directory> <output directory>}.
 * {@link CoverageReport} always writes the process view too: it has no switch to leave it out.
 */
public final class SubcovReport {

    private SubcovReport() {
    }

    public static void main(String[] args) throws Exception {
        CombinedData data = ExecCombiner.combine(List.of(new File(args[0])));
        ReportSummary summary = new CoverageReport().title("bench")
                .classDirectories(List.of(new File(args[1])))
                .sourceDirectories(List.of(new File(args[2])))
                .write(data, new File(args[3]));
        System.out.println(summary.consoleLine());
        for (String warning : data.warnings()) {
            System.out.println("warning: " + warning);
        }
        for (String warning : summary.warnings()) {
            System.out.println("warning: " + warning);
        }
    }
}
