/**
 * What several stages share and no caller needs: {@link io.github.subcov.report.internal.ParallelWork}
 * works through items on one thread per core. Public only so that the stages can reach it; not API.
 */
package io.github.subcov.report.internal;
