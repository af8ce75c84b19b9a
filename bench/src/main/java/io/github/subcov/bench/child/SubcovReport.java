package io.github.subcov.bench.child;

import io.github.subcov.report.combine.CombinedData;
import io.github.subcov.report.combine.ExecCombiner;
import io.github.subcov.report.render.CoverageReport;
import io.github.subcov.report.render.ReportSummary;
import java.io.File;
import java.util.List;

/**
 * Runs in a fresh JVM: what {@code subcov:report} does after combining,
 * {@code [--no-process-view] <data directory> <class directory> <source directory> <output directory>}.
 * {@code --no-process-view} is {@code -Dsubcov.processView=false}.
 */
public final class SubcovReport {

    private SubcovReport() {
    }

    public static void main(String[] args) throws Exception {
        boolean processView = !args[0].equals("--no-process-view");
        int first = processView ? 0 : 1;
        CombinedData data = ExecCombiner.combine(List.of(new File(args[first])));
        ReportSummary summary = new CoverageReport().title("bench")
                .classDirectories(List.of(new File(args[first + 1])))
                .sourceDirectories(List.of(new File(args[first + 2])))
                .processView(processView)
                .write(data, new File(args[first + 3]));
        System.out.println(summary.consoleLine());
        for (String warning : data.warnings()) {
            System.out.println("warning: " + warning);
        }
        for (String warning : summary.warnings()) {
            System.out.println("warning: " + warning);
        }
    }
}
