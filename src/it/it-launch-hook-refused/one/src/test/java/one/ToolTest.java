package one;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ToolTest {

    @Test
    void runsInTheTestJvm() {
        assertEquals("tool run by a test", Tool.fromTest());
    }
}
