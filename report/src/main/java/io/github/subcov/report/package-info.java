/**
 * subcov's report library: it merges what every covered process recorded and writes the report,
 * with no Maven types. The work runs in stages, one package each, and each stage hands its result
 * to the next: {@link io.github.subcov.report.exec} reads one process's {@code .exec} file and
 * keeps what is readable; {@link io.github.subcov.report.combine} finds every process in the data
 * directories and merges their data; {@link io.github.subcov.report.analysis} analyses the class
 * files against the merged data; {@link io.github.subcov.report.processes} works out which process
 * covered what; {@link io.github.subcov.report.render} writes JaCoCo's HTML, XML and CSV, the
 * process page and the summary. {@link io.github.subcov.report.internal} holds what several
 * stages share.
 *
 * <p>The API is two calls and what they return.
 * {@link io.github.subcov.report.combine.ExecCombiner#combine ExecCombiner.combine} gives the
 * {@link io.github.subcov.report.combine.CombinedData CombinedData} of the data directories, one
 * {@link io.github.subcov.report.combine.ProcessRecord ProcessRecord} per process with its
 * {@link io.github.subcov.report.combine.ProcessManifest ProcessManifest};
 * {@link io.github.subcov.report.render.CoverageReport#write CoverageReport.write} writes the
 * report of it and gives its {@link io.github.subcov.report.render.ReportSummary ReportSummary}.
 * The other public classes are public so that the next stage can use them, not for callers.
 */
package io.github.subcov.report;
