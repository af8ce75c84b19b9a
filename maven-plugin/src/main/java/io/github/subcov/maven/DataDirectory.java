package io.github.subcov.maven;

import io.github.subcov.interceptor.data.DataFormat;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.logging.Log;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;

/** The directory where covered JVMs write; it must exist and be writable before any JVM starts. */
final class DataDirectory {

    private final File directory;
    private final Log log;

    DataDirectory(File directory, Log log) {
        this.directory = directory;
        this.log = log;
    }

    void prepare(boolean append) throws MojoExecutionException {
        if (!directory.isDirectory() && !directory.mkdirs()) {
            throw new MojoExecutionException("subcov: cannot create the data directory " + directory
                    + "; set subcov.dataDirectory to a writable directory.");
        }
        try {
            Files.delete(Files.createTempFile(directory.toPath(), "write-check", DataFormat.TEMPORARY_SUFFIX));
        } catch (IOException failure) {
            throw new MojoExecutionException("subcov: cannot write to the data directory " + directory + " ("
                    + failure + "); set subcov.dataDirectory to a writable directory.", failure);
        }
        if (!append) {
            removeEarlierRuns();
        }
    }

    private void removeEarlierRuns() {
        File[] files = directory.listFiles((dir, name) -> DataFormat.isWrittenByProcesses(name));
        int removed = 0;
        for (File file : files == null ? new File[0] : files) {
            if (file.delete()) {
                removed++;
            }
        }
        if (removed > 0) {
            log.info("subcov: removed " + removed + " files of an earlier run from " + directory
                    + " (subcov.append=true keeps them)");
        }
    }
}
