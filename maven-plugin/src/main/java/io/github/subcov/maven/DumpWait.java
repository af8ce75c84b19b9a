package io.github.subcov.maven;

import org.apache.maven.plugin.MojoExecutionException;

/** {@code subcov.dumpWaitMillis}, which {@code dump}, {@code combine} and {@code report} share. */
final class DumpWait {

    static final String PROPERTY = "subcov.dumpWaitMillis";

    private DumpWait() {
    }

    static void check(long waitMillis) throws MojoExecutionException {
        if (waitMillis < 0) {
            throw new MojoExecutionException("subcov: " + PROPERTY + " is " + waitMillis
                    + ": set it to 0 or more milliseconds (0 does not wait).");
        }
    }
}
