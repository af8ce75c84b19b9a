package io.github.subcov.interceptor.data;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class JsonTest {

    @Test
    void nullIsJsonNull() {
        assertEquals("null", Json.string(null));
    }

    @Test
    void quotesBackslashesAndControlCharactersAreEscaped() {
        assertEquals("\"a\\\"b\\\\c\\nd\\re\\tf\\u0001g\\u001f\"", Json.string("a\"b\\c\nd\re\tf\u0001g\u001f"));
    }

    @Test
    void nonAsciiStaysAsItIs() {
        assertEquals("\"J\u00fcrgen \u5b57 \ud83d\ude00 /x'y\"", Json.string("J\u00fcrgen \u5b57 \ud83d\ude00 /x'y"));
    }
}
