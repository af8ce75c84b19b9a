package io.github.subcov.maven;

import io.github.subcov.interceptor.data.DumpRequests;
import io.github.subcov.report.combine.ProcessManifest;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;
import java.io.IOException;
import java.util.List;

/**
 * Makes every covered JVM that is still running write a snapshot now, and keep running: for a
 * server the build never stops. Has no default phase: run it from the command line, or bind it to
 * a phase, and run {@code combine} or {@code report} after it.
 *
 * @since 0.1.0
 */
@Mojo(name = "dump", threadSafe = true)
public class DumpMojo extends AbstractSubcovMojo {

    /**
     * How long, in milliseconds, to wait for the covered JVMs still running on this host to write
     * their snapshots: {@code 0} or more; {@code 0} asks and does not wait. Default {@code 2000}.
     *
     * @since 0.1.0
     */
    @Parameter(property = DumpWait.PROPERTY, defaultValue = "2000")
    private long dumpWaitMillis;

    @Override
    protected void executeMojo() throws MojoExecutionException {
        DumpWait.check(dumpWaitMillis);
        File directory = dataDirectory();
        if (!directory.isDirectory()) {
            getLog().info("subcov: no data directory " + directory + "; no covered JVM has run here.");
            return;
        }
        RunningProcesses running = RunningProcesses.in(directory);
        long asked;
        try {
            // asked even when none runs here: a JVM of another host may share the directory
            asked = DumpRequests.requestAll(directory);
        } catch (IOException failure) {
            throw new MojoExecutionException("subcov: cannot write a dump request to " + directory + ": " + failure
                    + "; make the data directory writable.", failure);
        }
        List<ProcessManifest> silent = running.awaitAnswersSince(asked, dumpWaitMillis);
        int answered = running.count() - silent.size();
        getLog().info("subcov: " + answered + " of " + running.count() + " running JVMs wrote a snapshot"
                + (silent.isEmpty() ? "" : "; did not answer within " + dumpWaitMillis + " ms (raise "
                        + DumpWait.PROPERTY + " to wait longer): " + RunningProcesses.describe(silent)));
    }
}
