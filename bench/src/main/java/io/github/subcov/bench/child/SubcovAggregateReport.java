package io.github.subcov.bench.child;

import io.github.subcov.report.combine.CombinedData;
import io.github.subcov.report.combine.ExecCombiner;
import io.github.subcov.report.render.CoverageReport;
import io.github.subcov.report.render.ReportSummary;
import java.io.File;
import java.util.List;

/**
 * Runs in a fresh JVM: what {@code subcov:report} does for an aggregate of modules, with its
 * defaults (process view on), {@code <data directory> <merged .exec> <output directory>
 * <class directory> <source directory> ...}, one pair per module ({@code module-07/classes},
 * {@code module-07/src}). It combines the processes' files, writes the merged {@code .exec} as
 * {@code subcov:report} writes {@code subcov.aggregateDestFile}, and writes HTML, XML, CSV and the
 * process view with one bundle per module ({@code CoverageReport.module}), as {@code subcov:report}
 * does for the whole build.
 */
public final class SubcovAggregateReport {

    private SubcovAggregateReport() {
    }

    public static void main(String[] args) throws Exception {
        CombinedData data = ExecCombiner.combine(List.of(new File(args[0])));
        data.writeExec(new File(args[1]));
        CoverageReport report = new CoverageReport().title("bench aggregate");
        for (int i = 3; i + 1 < args.length; i += 2) {
            File classes = new File(args[i]);
            // one bundle per module, named as subcov:report names it, by the module (module-07)
            report.module(classes.getParentFile().getName(), List.of(classes), List.of(new File(args[i + 1])));
        }
        ReportSummary summary = report.write(data, new File(args[2]));
        System.out.println(data.summaryLine());
        System.out.println(summary.consoleLine());
        for (String warning : data.warnings()) {
            System.out.println("warning: " + warning);
        }
        for (String warning : summary.warnings()) {
            System.out.println("warning: " + warning);
        }
    }
}
