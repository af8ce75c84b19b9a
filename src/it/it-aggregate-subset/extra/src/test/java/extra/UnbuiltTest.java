package extra;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class UnbuiltTest {

    @Test
    void one() {
        assertEquals(1, Unbuilt.one());
    }
}
