package io.github.subcov.report;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the one shape of JSON a manifest has: an object whose values are strings, numbers,
 * booleans, null or arrays of those. Any other value is read and left out. gson read these files
 * before; in a fresh JVM its parser cost 150 to 250 ms over a thousand manifests, a third of
 * combine's time, while this costs a tenth of that.
 */
final class ManifestJson {

    static final String NOT_OBJECT = "not a JSON object";
    static final String NOT_VALID = "not valid JSON: %s at character %d";

    private final String text;
    private int position;

    private ManifestJson(String text) {
        this.text = text;
    }

    /**
     * The object's fields: a string, number or boolean as its text, an array as the texts of its
     * strings, numbers and booleans, anything else as {@code null}. A later field of the same name wins.
     */
    static Map<String, Object> readObject(String text) throws IOException {
        ManifestJson json = new ManifestJson(text);
        json.skipSpace();
        if (json.position == text.length() || text.charAt(json.position) != '{') {
            throw new IOException(NOT_OBJECT);
        }
        Map<String, Object> fields = json.object();
        json.skipSpace();
        if (json.position != text.length()) {
            throw json.invalid("more text after the object");
        }
        return fields;
    }

    private Map<String, Object> object() throws IOException {
        Map<String, Object> fields = new HashMap<String, Object>();
        expect('{');
        if (peek() == '}') {
            position++;
            return fields;
        }
        do {
            skipSpace();
            String name = string();
            expect(':');
            fields.put(name, value());
        } while (commaOr('}'));
        return fields;
    }

    private Object value() throws IOException {
        char next = peek();
        if (next == '[') {
            return array();
        }
        if (next == '{') {
            object();
            return null;
        }
        return primitive();
    }

    private List<String> array() throws IOException {
        List<String> texts = new ArrayList<String>();
        expect('[');
        if (peek() == ']') {
            position++;
            return Collections.unmodifiableList(texts);
        }
        do {
            Object value = value();
            if (value instanceof String) {
                texts.add((String) value);
            }
        } while (commaOr(']'));
        return Collections.unmodifiableList(texts);
    }

    /** A string's value, a number's or boolean's text, or {@code null} for null. */
    private String primitive() throws IOException {
        char next = peek();
        if (next == '"') {
            return string();
        }
        int start = position;
        while (position < text.length() && isLiteralPart(text.charAt(position))) {
            position++;
        }
        String literal = text.substring(start, position);
        if (literal.equals("null")) {
            return null;
        }
        if (literal.equals("true") || literal.equals("false") || isNumber(literal)) {
            return literal;
        }
        position = start;
        throw invalid(literal.isEmpty() ? "unexpected '" + next + "'" : "unexpected " + literal);
    }

    private String string() throws IOException {
        expect('"');
        StringBuilder value = null;
        int start = position;
        while (position < text.length()) {
            char c = text.charAt(position++);
            if (c == '"') {
                return value == null ? text.substring(start, position - 1) : value.toString();
            }
            if (c == '\\') {
                if (value == null) {
                    value = new StringBuilder(text.substring(start, position - 1));
                }
                value.append(escaped());
            } else if (c < 0x20) {
                throw invalid("control character in a string");
            } else if (value != null) {
                value.append(c);
            }
        }
        throw invalid("unterminated string");
    }

    private char escaped() throws IOException {
        if (position == text.length()) {
            throw invalid("unterminated string");
        }
        char c = text.charAt(position++);
        switch (c) {
            case '"':
            case '\\':
            case '/':
                return c;
            case 'b':
                return '\b';
            case 'f':
                return '\f';
            case 'n':
                return '\n';
            case 'r':
                return '\r';
            case 't':
                return '\t';
            case 'u':
                if (position + 4 <= text.length()) {
                    try {
                        char unicode = (char) Integer.parseInt(text.substring(position, position + 4), 16);
                        position += 4;
                        return unicode;
                    } catch (NumberFormatException e) {
                        // reported below
                    }
                }
                throw invalid("bad \\u escape");
            default:
                throw invalid("bad escape \\" + c);
        }
    }

    /** Reads a ',' (more to come: true) or the closing character (done: false). */
    private boolean commaOr(char close) throws IOException {
        char next = peek();
        position++;
        if (next == ',') {
            return true;
        }
        if (next == close) {
            return false;
        }
        position--;
        throw invalid("expected ',' or '" + close + "'");
    }

    private void expect(char wanted) throws IOException {
        if (peek() != wanted) {
            throw invalid("expected '" + wanted + "'");
        }
        position++;
    }

    /** The next character that is not white space, not consumed. */
    private char peek() throws IOException {
        skipSpace();
        if (position == text.length()) {
            throw invalid("unexpected end");
        }
        return text.charAt(position);
    }

    private void skipSpace() {
        while (position < text.length() && isSpace(text.charAt(position))) {
            position++;
        }
    }

    private IOException invalid(String what) {
        return new IOException(String.format(NOT_VALID, what, position + 1));
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\n' || c == '\r' || c == '\t';
    }

    private static boolean isLiteralPart(char c) {
        return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '+' || c == '.' || c == 'E';
    }

    private static boolean isNumber(String literal) {
        int i = literal.startsWith("-") ? 1 : 0;
        int digits = i;
        while (i < literal.length() && Character.isDigit(literal.charAt(i))) {
            i++;
        }
        if (i == digits) {
            return false;
        }
        if (i < literal.length() && literal.charAt(i) == '.') {
            int fraction = ++i;
            while (i < literal.length() && Character.isDigit(literal.charAt(i))) {
                i++;
            }
            if (i == fraction) {
                return false;
            }
        }
        if (i < literal.length() && (literal.charAt(i) == 'e' || literal.charAt(i) == 'E')) {
            i++;
            if (i < literal.length() && (literal.charAt(i) == '+' || literal.charAt(i) == '-')) {
                i++;
            }
            int exponent = i;
            while (i < literal.length() && Character.isDigit(literal.charAt(i))) {
                i++;
            }
            if (i == exponent) {
                return false;
            }
        }
        return i == literal.length();
    }
}
