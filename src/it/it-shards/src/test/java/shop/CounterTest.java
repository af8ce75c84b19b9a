package shop;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CounterTest {

    @Test
    void sums() {
        assertEquals(6, Counter.sum(3));
    }
}
