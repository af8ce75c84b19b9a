package io.github.subcov.interceptor.data;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

class AtomicFileTest {

    @Test
    void writeReplacesTheWholeFileAndLeavesNoTemporaryFile(@TempDir Path directory) throws Exception {
        Path target = directory.resolve("new dir/p.exec");

        AtomicFile.write(target.toFile(), new byte[] {1, 2, 3, 4});
        AtomicFile.write(target.toFile(), new byte[] {9});

        assertArrayEquals(new byte[] {9}, Files.readAllBytes(target));
        try (Stream<Path> files = Files.list(target.getParent())) {
            assertEquals(1, files.count());
        }
    }
}
