package io.github.subcov.interceptor.data;

import java.io.File;
import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;

/** Writes a file so that readers only ever see the old content or the whole new content. */
public final class AtomicFile {

    private AtomicFile() {
    }

    /** For a file only this process writes. */
    static void write(File target, byte[] content) throws IOException {
        write(target, content, "");
    }

    /**
     * For a file that several processes may write at once: each writes its own temporary file,
     * named after {@code writerId}, so none renames another's half-written one into place.
     */
    public static void write(File target, byte[] content, String writerId) throws IOException {
        File directory = target.getParentFile();
        if (!directory.isDirectory() && !directory.mkdirs() && !directory.isDirectory()) {
            throw new IOException("cannot create " + directory);
        }
        File temporary = new File(directory, target.getName() + (writerId.isEmpty() ? "" : "." + writerId) + DataFormat.TEMPORARY_SUFFIX);
        FileOutputStream out = new FileOutputStream(temporary);
        try {
            out.write(content);
        } finally {
            out.close();
        }
        try {
            Files.move(temporary.toPath(), target.toPath(), StandardCopyOption.ATOMIC_MOVE,
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException fileSystem) {
            Files.move(temporary.toPath(), target.toPath(), StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
