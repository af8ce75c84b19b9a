package two;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LibTest {

    @Test
    void doubles() {
        assertEquals(6, Lib.twice(3));
    }
}
