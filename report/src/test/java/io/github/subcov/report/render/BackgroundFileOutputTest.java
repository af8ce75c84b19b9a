package io.github.subcov.report.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackgroundFileOutputTest {

    @TempDir
    Path directory;

    @Test
    void everyFileIsWrittenWhenTheOutputCloses() throws Exception {
        BackgroundFileOutput output = new BackgroundFileOutput(directory.toFile());
        for (int i = 0; i < 300; i++) {
            try (OutputStream page = output.createFile("p" + i % 7 + "/page" + i + ".html")) {
                page.write(("page " + i).getBytes(StandardCharsets.UTF_8));
            }
        }
        output.close();

        for (int i = 0; i < 300; i++) {
            assertEquals("page " + i, Files.readString(directory.resolve("p" + i % 7 + "/page" + i + ".html")));
        }
    }

    @Test
    void writesAPageLargerThanWhatMayWait() throws Exception {
        byte[] big = new byte[BackgroundFileOutput.MAX_PENDING_BYTES + 5];
        big[big.length - 1] = 7;
        BackgroundFileOutput output = new BackgroundFileOutput(directory.toFile());
        try (OutputStream page = output.createFile("big.html")) {
            page.write(big);
        }
        output.close();

        assertArrayEquals(big, Files.readAllBytes(directory.resolve("big.html")));
    }

    @Test
    void aFileThatCannotBeWrittenFailsTheClose() throws Exception {
        Files.writeString(directory.resolve("taken"), "a file where a directory should be");
        BackgroundFileOutput output = new BackgroundFileOutput(directory.toFile());
        try (OutputStream page = output.createFile("taken/index.html")) {
            page.write(1);
        }

        IOException failure = assertThrows(IOException.class, output::close);
        assertTrue(failure.getMessage().contains("taken"), failure.getMessage());
    }
}
