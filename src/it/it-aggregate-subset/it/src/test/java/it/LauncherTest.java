package it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import lib.Words;
import org.junit.jupiter.api.Test;

class LauncherTest {

    @Test
    void runsTheAppFromItsJar() throws Exception {
        assertEquals("hello " + Words.thrice("x") + "\n", Launcher.run(System.getProperty("appJar"), Words.thrice("x")));
    }
}
