package lib;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class WordsTest {

    @Test
    void saysItTwice() {
        assertEquals("a a", Words.twice("a"));
    }
}
