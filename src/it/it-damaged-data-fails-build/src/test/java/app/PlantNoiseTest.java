package app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class PlantNoiseTest {

    @Test
    void meterReadsAndNoiseLandsInTheDataDirectory() throws Exception {
        assertEquals(42, Meter.read());
        Files.write(Path.of("target", "subcov", "noise.exec"), new byte[] {7, 7, 7, 7, 7, 7, 7});
    }
}
