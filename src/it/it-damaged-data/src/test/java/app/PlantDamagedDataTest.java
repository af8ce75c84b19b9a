package app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.FileOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import org.jacoco.core.data.ExecutionData;
import org.jacoco.core.data.ExecutionDataWriter;
import org.jacoco.core.internal.data.CRC64;
import org.junit.jupiter.api.Test;

/** Runs the child, then damages the data directory in every way a build can. */
class PlantDamagedDataTest {

    static final Path DATA = Path.of("target", "subcov");

    @Test
    void childRunsThenDataIsDamaged() throws Exception {
        Process child = new ProcessBuilder(System.getProperty("java.home") + "/bin/java", "-cp",
                new File("target/classes").getAbsolutePath(), "app.Ledger", "5").start();
        assertEquals("24\n", new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
        assertEquals(0, child.waitFor());

        byte[] good = Files.readAllBytes(childExec());
        // a copy with one more class, cut short in that class's record, as a disk that filled up would leave it
        ByteArrayOutputStream longer = new ByteArrayOutputStream();
        longer.write(good);
        boolean[] goneProbes = new boolean[40];
        goneProbes[3] = true;
        new ExecutionDataWriter(longer).visitClassExecution(new ExecutionData(7L, "app/Gone", goneProbes));
        Files.write(DATA.resolve("planted-truncated.exec"), Arrays.copyOf(longer.toByteArray(), longer.size() - 7));
        Files.write(DATA.resolve("planted-empty.exec"), new byte[0]);
        byte[] noise = new byte[300];
        new Random(42).nextBytes(noise);
        Files.write(DATA.resolve("planted-random.exec"), noise);
        // JaCoCo's header (block 0x01, magic 0xC0C0) with a data version no JaCoCo here reads
        Files.write(DATA.resolve("planted-version.exec"), new byte[] {0x01, (byte) 0xC0, (byte) 0xC0, 0x10, 0x06});
        Files.createDirectories(DATA.resolve("planted-unreadable.exec"));
        try (OutputStream out = new FileOutputStream(DATA.resolve("planted-conflict.exec").toFile())) {
            long id = CRC64.classId(Files.readAllBytes(Path.of("target/classes/app/Ledger.class")));
            ExecutionDataWriter writer = new ExecutionDataWriter(out);
            boolean[] probes = new boolean[99];
            probes[0] = true;
            writer.visitClassExecution(new ExecutionData(id, "app/Ledger", probes));
        }
    }

    static Path childExec() throws Exception {
        try (var files = Files.list(DATA)) {
            return files.filter(f -> f.toString().endsWith(".exec"))
                    .filter(f -> read(f.resolveSibling(f.getFileName().toString().replace(".exec", ".json"))).contains("app.Ledger"))
                    .findFirst().orElseThrow();
        }
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (Exception missing) {
            return "";
        }
    }
}
