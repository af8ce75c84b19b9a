package app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class MainTest {

    @Test
    void greetsNobody() {
        assertEquals("hello?", Main.greet(""));
    }
}
