package io.github.subcov.maven;

import io.github.subcov.interceptor.data.DumpRequests;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

/**
 * Makes every covered JVM that is still running write a snapshot now, and keep running: for a
 * server the build never stops. Run {@code combine} or {@code report} after it.
 */
@Mojo(name = "dump", threadSafe = true)
public class DumpMojo extends AbstractSubcovMojo {

    /** How long to wait for running JVMs to answer. */
    @Parameter(property = "subcov.dumpWaitMillis", defaultValue = "2000")
    private long waitMillis;

    @Override
    protected void executeMojo() throws MojoExecutionException {
        File directory = dataDirectory();
        if (!directory.isDirectory()) {
            getLog().info("subcov: no data directory " + directory + "; no covered JVM has run here.");
            return;
        }
        long asked = System.currentTimeMillis();
        try {
            Files.write(new File(directory, DumpRequests.ALL).toPath(),
                    Long.toString(asked).getBytes(StandardCharsets.UTF_8));
        } catch (IOException failure) {
            throw new MojoExecutionException("subcov: cannot write a dump request to " + directory + ": " + failure,
                    failure);
        }
        RunningProcesses running = RunningProcesses.in(directory);
        int answered = running.awaitDumpsSince(asked, waitMillis);
        getLog().info("subcov: " + answered + " of " + running.count() + " running JVMs wrote a snapshot"
                + (answered < running.count() ? " (the others did not answer within " + waitMillis
                        + " ms: they were killed, or run without subcov's checkpoint thread)" : ""));
    }
}
