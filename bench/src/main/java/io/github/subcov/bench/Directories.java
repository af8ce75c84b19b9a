package io.github.subcov.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Fresh directories for each measured run, so no run reads what an earlier one left. */
public final class Directories {

    private Directories() {
    }

    public static void deleteTree(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(directory)) {
            for (Path path : (Iterable<Path>) walk.sorted(Comparator.reverseOrder())::iterator) {
                Files.delete(path);
            }
        }
    }

    /** Deletes the directory and everything in it, then creates it empty. */
    public static Path fresh(Path directory) throws IOException {
        deleteTree(directory);
        return Files.createDirectories(directory);
    }
}
