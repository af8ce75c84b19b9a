/**
 * Reading one process's JaCoCo execution data, and merging class records.
 * {@link io.github.subcov.report.exec.ExecSalvager} reads a file from its bytes and keeps every
 * complete record even when the file breaks off or turns to garbage, and says how far it got
 * ({@link io.github.subcov.report.exec.ReadStatus}, in a
 * {@link io.github.subcov.report.exec.SalvagedExec}). {@link io.github.subcov.report.exec.ProbeMerger}
 * merges the records into one set of probes per class as they are read, many files into one; a
 * class whose records disagree in name or probe count is left to
 * {@link io.github.subcov.report.exec.ConflictResolution}, which merges it again in the processes'
 * start order so that the first process wins.
 *
 * <p>Hands to combining: per file a {@code SalvagedExec}, and the merged probes of every file.
 */
package io.github.subcov.report.exec;
