package io.github.subcov.maven;

import org.apache.maven.plugin.MojoExecutionException;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;

/**
 * A directory that a goal writes into, checked before the goal's work: a wrong path fails at once,
 * naming the path, what is wrong with it and the parameter that fixes it.
 */
final class WritableDirectory {

    /** The directory, the file in its way ("it" for itself), the parameter. */
    static final String A_FILE = "subcov: cannot write into %s: %s is a file, not a directory. Set %s to a directory,"
            + " or move the file away.";
    /** The directory, the cause, the parameter. */
    static final String UNWRITABLE = "subcov: cannot write into %s (%s). Set %s to a directory that this build can"
            + " write, or make this one writable.";

    private WritableDirectory() {
    }

    /** Creates the directory where it is missing, and writes and removes a file in it. */
    static void create(File directory, String parameter) throws MojoExecutionException {
        check(directory, parameter);
        try {
            Files.createDirectories(directory.toPath());
            Files.delete(Files.createTempFile(directory.toPath(), "write-check", ".tmp"));
        } catch (IOException failure) {
            throw unwritable(directory, parameter, failure);
        }
    }

    /**
     * Fails where the directory could not be created or written, without creating it: a goal that
     * finds nothing to write leaves no empty directory behind.
     */
    static void check(File directory, String parameter) throws MojoExecutionException {
        File existing = directory.getAbsoluteFile();
        while (existing != null && !existing.exists()) {
            existing = existing.getParentFile();
        }
        if (existing == null) {
            return;
        }
        if (!existing.isDirectory()) {
            throw new MojoExecutionException(String.format(A_FILE, directory,
                    existing.equals(directory.getAbsoluteFile()) ? "it" : existing, parameter));
        }
        if (!Files.isWritable(existing.toPath())) {
            throw new MojoExecutionException(String.format(UNWRITABLE, directory,
                    "no permission to write into " + existing, parameter));
        }
    }

    /** The failure of a goal that could not write into the directory. */
    static MojoExecutionException unwritable(File directory, String parameter, IOException failure) {
        return new MojoExecutionException(String.format(UNWRITABLE, directory, failure, parameter), failure);
    }
}
