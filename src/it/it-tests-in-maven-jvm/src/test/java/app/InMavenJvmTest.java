package app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class InMavenJvmTest {

    @Test
    void greetRunsInMavensJvm() {
        assertEquals("hello maven", Greeter.greet("maven"));
    }
}
