/**
 * Writing the report. {@link io.github.subcov.report.render.CoverageReport} has the class files
 * analysed, writes JaCoCo's HTML, XML and CSV side by side (HTML's files are created on a thread
 * of their own), has the process view worked out unless told not to, and writes the process page
 * beside JaCoCo's index, linked from it.
 *
 * <p>Hands to the caller: a {@link io.github.subcov.report.render.ReportSummary}, the report's
 * numbers and the line the build prints.
 */
package io.github.subcov.report.render;
