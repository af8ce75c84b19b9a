/**
 * The process view: which process covered what.
 * {@link io.github.subcov.report.processes.ProcessLines} analyses each process's own data against
 * the same class files, as lines counted the way JaCoCo's XML counts them, and finds the lines that
 * only one process covered; {@link io.github.subcov.report.processes.ProcessTree} puts each process
 * under the process that started it; {@link io.github.subcov.report.processes.SkippedJvms} words
 * the JVMs that a process filter kept from being covered.
 *
 * <p>Hands to rendering: a {@link io.github.subcov.report.processes.ProcessCoverage} per process,
 * the tree's order, and the lines about skipped JVMs.
 */
package io.github.subcov.report.processes;
