package app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class MeterTest {

    @Test
    void meterReads() {
        assertEquals(42, Meter.read());
    }
}
