/**
 * Analysing the class files against the merged coverage as JaCoCo's analyzer does.
 * {@link io.github.subcov.report.analysis.ClassFiles} reads the class files to report on into
 * memory once; {@link io.github.subcov.report.analysis.BundleAnalysis} analyses them on one thread
 * per core, leaves out a second, different class of the same name, and shows a class whose data
 * does not fit it as not covered, each with a warning.
 * Each class file is analysed by {@code JacocoClassAnalysis}, as JaCoCo's analyzer does, and then
 * again for what each of many probe sets covers: the one place that uses
 * {@code org.jacoco.core.internal}.
 *
 * <p>Hands to the process view and the report: the bundle that JaCoCo's report formats take, and
 * the class file of each class id, against which each process's own data is analysed again.
 */
package io.github.subcov.report.analysis;
