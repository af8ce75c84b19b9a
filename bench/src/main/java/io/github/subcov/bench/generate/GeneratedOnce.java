package io.github.subcov.bench.generate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A tree the bench generates once and keeps across runs, until the code that generates it changes. */
final class GeneratedOnce {

    /** What writes the tree. */
    interface Generator {
        void generate() throws IOException;
    }

    private GeneratedOnce() {
    }

    /** Generates under {@code root} unless a tree of {@code version} is whole there; bump the version when the generated code changes. */
    static void ensure(Path root, String version, Generator generator) throws IOException {
        Path marker = root.resolve("complete-" + version);
        if (!Files.exists(marker)) {
            generator.generate();
            Files.writeString(marker, "");
        }
    }
}
