package io.github.subcov.report.combine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ManifestJsonTest {

    @Test
    void readsStringsWithEveryEscape() throws Exception {
        Map<String, Object> fields = ManifestJson.readObject(
                "{\"command\": \"java \\\"a b\\\" c:\\\\d \\/ \\u00e9\\t\\n\\r\\b\\f\"}");

        assertEquals("java \"a b\" c:\\d / \u00e9\t\n\r\b\f", fields.get("command"));
    }

    @Test
    void readsNumbersAndBooleansAsTheirText() throws Exception {
        Map<String, Object> fields = ManifestJson.readObject(
                "{\"pid\": 2653, \"neg\": -1.5e+3, \"yes\": true, \"no\": false, \"none\": null}");

        assertEquals("2653", fields.get("pid"));
        assertEquals("-1.5e+3", fields.get("neg"));
        assertEquals("true", fields.get("yes"));
        assertEquals("false", fields.get("no"));
        assertTrue(fields.containsKey("none"));
        assertNull(fields.get("none"));
    }

    @Test
    void readsArraysAsTheTextsOfTheirPrimitives() throws Exception {
        Map<String, Object> fields = ManifestJson.readObject(
                "{\"warnings\": [\"disk full\", 7, null, {\"a\": [1]}, [2], true], \"empty\": []}");

        assertEquals(List.of("disk full", "7", "true"), fields.get("warnings"));
        assertEquals(List.of(), fields.get("empty"));
    }

    @Test
    void readsNestedObjectsAsNull() throws Exception {
        Map<String, Object> fields = ManifestJson.readObject("{\"env\": {\"A\": {\"B\": []}}, \"id\": \"vm-1\"}");

        assertNull(fields.get("env"));
        assertEquals("vm-1", fields.get("id"));
    }

    @Test
    void aLaterFieldOfTheSameNameWins() throws Exception {
        assertEquals("2", ManifestJson.readObject("{\"id\": \"1\", \"id\": \"2\"}").get("id"));
    }

    @Test
    void readsAnEmptyObjectAndSurroundingWhiteSpace() throws Exception {
        assertTrue(ManifestJson.readObject(" \n{ }\r\n\t").isEmpty());
    }

    @Test
    void rejectsWhatIsNotAnObject() {
        for (String text : new String[] {"", "   ", "[1]", "\"text\"", "42"}) {
            IOException failure = assertThrows(IOException.class, () -> ManifestJson.readObject(text));
            assertEquals("not a JSON object", failure.getMessage(), text);
        }
    }

    @Test
    void rejectsBrokenJsonSayingWhereItBreaks() {
        String[][] cases = {
            {"{\"id\": ", "End of input at line 1 column 8 path $.id"},
            {"{\"id\": \"vm", "Unterminated string at line 1 column 11 path $.id"},
            {"{\"id\": \"a\"} x", "malformed JSON at line 1 column 14 path $"},
            {"{\"id\": \"a\" \"b\": 1}", "Unterminated object at line 1 column 13 path $.id"},
            {"{\"id\": nope}", "malformed JSON at line 1 column 8 path $.id"},
            {"{\"id\": \"\\x\"}", "Invalid escape sequence at line 1 column 11 path $.id"},
            {"{id: 1}", "malformed JSON at line 1 column 3 path $."},
        };
        for (String[] broken : cases) {
            IOException failure = assertThrows(IOException.class, () -> ManifestJson.readObject(broken[0]));
            assertEquals("not valid JSON: " + broken[1], failure.getMessage(), broken[0]);
        }
    }
}
