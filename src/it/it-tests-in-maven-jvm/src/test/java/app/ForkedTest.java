package app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ForkedTest {

    @Test
    void bannerRunsInTheForkedJvm() {
        assertEquals("greeter", Greeter.banner());
    }
}
