package io.github.subcov.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.maven.plugin.MojoExecutionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WritableDirectoryTest {

    @TempDir
    Path temp;

    @Test
    void aFileWhereTheDirectoryShouldBeFailsNamingThePathAndTheFix() throws IOException {
        File file = Files.writeString(temp.resolve("coverage"), "a file").toFile();

        MojoExecutionException failure = assertThrows(MojoExecutionException.class,
                () -> WritableDirectory.check(file, "subcov.outputDirectory"));

        assertEquals("subcov: cannot write into " + file + ": it is a file, not a directory. Set"
                + " subcov.outputDirectory to a directory, or move the file away.", failure.getMessage());
    }

    @Test
    void aFileAmongItsParentsIsNamed() throws IOException {
        File file = Files.writeString(temp.resolve("site"), "a file").toFile();
        File directory = new File(file, "subcov");

        MojoExecutionException failure = assertThrows(MojoExecutionException.class,
                () -> WritableDirectory.create(directory, "subcov.dataDirectory"));

        assertEquals("subcov: cannot write into " + directory + ": " + file + " is a file, not a directory. Set"
                + " subcov.dataDirectory to a directory, or move the file away.", failure.getMessage());
    }

    @Test
    void theCheckLeavesAMissingDirectoryMissing() throws MojoExecutionException {
        File directory = temp.resolve("target/site/subcov").toFile();

        WritableDirectory.check(directory, "subcov.outputDirectory");

        assertFalse(directory.exists());
    }

    @Test
    void createMakesTheDirectoryAndLeavesNothingInIt() throws MojoExecutionException {
        File directory = temp.resolve("target/subcov").toFile();

        WritableDirectory.create(directory, "subcov.dataDirectory");

        assertTrue(directory.isDirectory());
        assertEquals(0, directory.list().length);
    }

    @Test
    void aFailedWriteNamesTheDirectoryTheCauseAndTheFix() {
        File directory = temp.resolve("report").toFile();
        IOException cause = new IOException("No space left on device");

        MojoExecutionException failure = WritableDirectory.unwritable(directory, "subcov.outputDirectory", cause);

        assertEquals("subcov: cannot write into " + directory + " (java.io.IOException: No space left on device). Set"
                + " subcov.outputDirectory to a directory that this build can write, or make this one writable.",
                failure.getMessage());
        assertEquals(cause, failure.getCause());
    }
}
