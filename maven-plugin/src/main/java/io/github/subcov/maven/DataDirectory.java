package io.github.subcov.maven;

import io.github.subcov.interceptor.data.DataFormat;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.logging.Log;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Properties;

/** The directory where covered JVMs write; it must exist and be writable before any JVM starts. */
final class DataDirectory {

    private final File directory;
    private final Log log;

    DataDirectory(File directory, Log log) {
        this.directory = directory;
        this.log = log;
    }

    /** Creates the directory, empties it unless {@code append}, and records the build's root in it. */
    void prepare(boolean append, File projectRoot) throws MojoExecutionException {
        WritableDirectory.create(directory, "subcov.dataDirectory");
        if (!append) {
            removeEarlierRuns();
        }
        recordRoot(projectRoot);
    }

    /**
     * So that a report shows the paths the manifests record relative to it: a CI job that gathers
     * its shards' data directories, each made under another root, then shows them alike. Without it
     * only the paths read longer, so a failure is a debug line.
     */
    private void recordRoot(File projectRoot) {
        Properties build = new Properties();
        build.setProperty(DataFormat.PROJECT_ROOT, projectRoot.getAbsolutePath());
        Path file = new File(directory, DataFormat.BUILD_FILE).toPath();
        Path written = new File(directory, DataFormat.BUILD_FILE + DataFormat.TEMPORARY_SUFFIX).toPath();
        try {
            try (OutputStream out = Files.newOutputStream(written)) {
                build.store(out, "written by subcov:prepare");
            }
            Files.move(written, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException failure) {
            log.debug("subcov: cannot record the build's root in " + file + " (" + failure + ")");
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
