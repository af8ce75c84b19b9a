package io.github.subcov.interceptor.launch;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads and writes option strings the way the JVM parses {@code JAVA_TOOL_OPTIONS}: tokens split
 * on whitespace, single or double quotes group characters and are dropped (JDK 9+ rules).
 * Tokens keep their span in the raw text so that one token can be cut out and every other byte of
 * the user's text stays as it was.
 */
public final class JvmOptionsText {

    private JvmOptionsText() {
    }

    /** One option and where it sits in the raw text. */
    public static final class Token {
        public final String value;
        public final int start;
        public final int end;

        Token(String value, int start, int end) {
            this.value = value;
            this.start = start;
            this.end = end;
        }
    }

    /** The options' values, quotes taken off; none for null. */
    public static List<String> values(String text) {
        List<String> values = new ArrayList<String>();
        if (text != null) {
            for (Token token : tokens(text)) {
                values.add(token.value);
            }
        }
        return values;
    }

    public static List<Token> tokens(String text) {
        List<Token> tokens = new ArrayList<Token>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            while (i < n && isSeparator(text.charAt(i))) {
                i++;
            }
            if (i >= n) {
                break;
            }
            int start = i;
            StringBuilder value = new StringBuilder();
            while (i < n && !isSeparator(text.charAt(i))) {
                char c = text.charAt(i);
                if (c == '"' || c == '\'') {
                    int close = text.indexOf(c, i + 1);
                    if (close < 0) {
                        // the JVM rejects an unmatched quote; keep the rest literally
                        value.append(text, i, n);
                        i = n;
                        break;
                    }
                    value.append(text, i + 1, close);
                    i = close + 1;
                } else {
                    value.append(c);
                    i++;
                }
            }
            tokens.add(new Token(value.toString(), start, i));
        }
        return tokens;
    }

    /** The token as the JVM will read it back, quoted when it holds whitespace or quotes. */
    public static String quote(String option) {
        boolean plain = true;
        for (int i = 0; i < option.length() && plain; i++) {
            char c = option.charAt(i);
            plain = !isSeparator(c) && c != '"' && c != '\'';
        }
        if (plain) {
            return option;
        }
        if (option.indexOf('"') < 0) {
            return '"' + option + '"';
        }
        if (option.indexOf('\'') < 0) {
            return '\'' + option + '\'';
        }
        // both kinds: the JVM joins adjacent quoted parts into one token, so double quotes go
        // inside single-quoted parts and everything else inside double-quoted ones
        StringBuilder out = new StringBuilder(option.length() + 8);
        int i = 0;
        while (i < option.length()) {
            char quote = option.charAt(i) == '"' ? '\'' : '"';
            int end = i;
            while (end < option.length() && (option.charAt(end) == '"') == (quote == '\'')) {
                end++;
            }
            out.append(quote).append(option, i, end).append(quote);
            i = end;
        }
        return out.toString();
    }

    /**
     * Cuts the given tokens out of the raw text, each with the one separator that {@link
     * #append} put before it (or after it, for a leading token), so that cutting what was
     * appended gives back the text byte for byte.
     */
    public static String without(String text, List<Token> cut) {
        StringBuilder out = new StringBuilder(text);
        for (int k = cut.size() - 1; k >= 0; k--) {
            Token token = cut.get(k);
            int from = token.start;
            int to = token.end;
            if (from > 0 && isSeparator(out.charAt(from - 1))) {
                from--;
            } else if (to < out.length() && isSeparator(out.charAt(to))) {
                to++;
            }
            out.delete(from, to);
        }
        return out.toString();
    }

    /**
     * The JVM splits with C's {@code isspace} on bytes: only ASCII white space separates, while
     * {@link Character#isWhitespace} would also split at U+2003 or U+001C inside a token.
     */
    private static boolean isSeparator(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** The text with the options added at its end, one space apart. */
    public static String append(String text, List<String> options) {
        StringBuilder out = new StringBuilder(text == null ? "" : text);
        for (String option : options) {
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append(quote(option));
        }
        return out.toString();
    }
}
