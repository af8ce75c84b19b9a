/**
 * Combining every process's data. {@link io.github.subcov.report.combine.ExecCombiner} finds each
 * process's files in the data directories, reads its manifest
 * ({@link io.github.subcov.report.combine.ProcessManifest}) and its {@code .exec} file on one
 * thread per core, merges the coverage, and sorts the processes by start time. One bad file costs
 * a warning and its own data, never the others'.
 *
 * <p>Hands to the report: a {@link io.github.subcov.report.combine.CombinedData}, the merged
 * coverage with one {@link io.github.subcov.report.combine.ProcessRecord} per process and the
 * warnings; it also writes the merged data as one {@code .exec} file, as {@code subcov:combine} does.
 */
package io.github.subcov.report.combine;
