package io.github.subcov.report.combine;

import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.MalformedJsonException;
import java.io.EOFException;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the one shape of JSON a manifest (and a build step record) has, an object of strings,
 * numbers, booleans, null and arrays of those, with gson's streaming reader. Binding to classes costs a fresh JVM about
 * 150 ms of class loading and reflection over a thousand manifests; the streaming reader a
 * fraction of that.
 */
final class ManifestJson {

    static final String NOT_OBJECT = "not a JSON object";
    static final String NOT_VALID = "not valid JSON: %s";
    static final String TRAILING_TEXT = "more text after the object";

    private ManifestJson() {
    }

    /**
     * The object's fields: a string, number or boolean as its text, an array as the texts of its
     * strings, numbers and booleans, anything else as {@code null}. A later field of the same name wins.
     */
    static Map<String, Object> readObject(String text) throws IOException {
        JsonReader reader = new JsonReader(new StringReader(text));
        reader.setStrictness(Strictness.STRICT);
        try {
            if (peekFirst(reader) != JsonToken.BEGIN_OBJECT) {
                throw new IOException(NOT_OBJECT);
            }
            Map<String, Object> fields = new HashMap<String, Object>();
            reader.beginObject();
            while (reader.hasNext()) {
                String name = reader.nextName();
                fields.put(name, value(reader));
            }
            reader.endObject();
            if (reader.peek() != JsonToken.END_DOCUMENT) {
                throw new IOException(String.format(NOT_VALID, TRAILING_TEXT));
            }
            return fields;
        } catch (MalformedJsonException | EOFException | IllegalStateException | NumberFormatException broken) {
            throw new IOException(String.format(NOT_VALID, describe(broken)), broken);
        }
    }

    /**
     * gson's message without its advice to read leniently and its link: what is wrong and where,
     * such as {@code Unterminated string at line 1 column 11 path $.id}.
     */
    private static String describe(Exception broken) {
        String message = String.valueOf(broken.getMessage());
        int lineEnd = message.indexOf('\n');
        message = lineEnd < 0 ? message : message.substring(0, lineEnd);
        int where = message.indexOf(" at line ");
        return message.startsWith("Use JsonReader.setStrictness") && where > 0
                ? "malformed JSON" + message.substring(where) : message;
    }

    /** An empty or blank text is no object at all rather than broken JSON. */
    private static JsonToken peekFirst(JsonReader reader) throws IOException {
        try {
            return reader.peek();
        } catch (EOFException empty) {
            throw new IOException(NOT_OBJECT, empty);
        }
    }

    private static Object value(JsonReader reader) throws IOException {
        JsonToken token = reader.peek();
        if (token == JsonToken.BEGIN_ARRAY) {
            return texts(reader);
        }
        String primitive = primitive(reader, token);
        if (primitive == null) {
            reader.skipValue();
        }
        return primitive;
    }

    private static List<String> texts(JsonReader reader) throws IOException {
        List<String> texts = new ArrayList<String>();
        reader.beginArray();
        while (reader.hasNext()) {
            String primitive = primitive(reader, reader.peek());
            if (primitive == null) {
                reader.skipValue();
            } else {
                texts.add(primitive);
            }
        }
        reader.endArray();
        return Collections.unmodifiableList(texts);
    }

    /** The text of a string, number or boolean, consumed; null (nothing consumed) for anything else. */
    private static String primitive(JsonReader reader, JsonToken token) throws IOException {
        switch (token) {
            case STRING:
            case NUMBER:
                return reader.nextString();
            case BOOLEAN:
                return Boolean.toString(reader.nextBoolean());
            default:
                return null;
        }
    }
}
