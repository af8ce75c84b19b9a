package io.github.subcov.interceptor.launch;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Takes the values of secrets out of a command line before anyone writes or shows it: the agent
 * in a manifest, the report again for manifests of older agents. A value is a secret when its
 * name matches one of the patterns ({@code *} any characters, {@code ?} one, case ignored), in
 * each of the shapes a command line gives a name a value:
 * <ul>
 * <li>{@code -Dname=value}, {@code --name=value}, {@code -name=value}, and {@code NAME=value}
 * (a shell's assignment, an {@code env} argument);</li>
 * <li>{@code --name value} and {@code -name value}: the next argument, whatever it is;</li>
 * <li>{@code scheme://user:password@host}: the password of a URL, whatever the name.</li>
 * </ul>
 * The line is taken apart at white space, as a manifest joins the arguments; a secret's value that
 * opens with a quote runs to its closing quote. No regular expressions: the agent runs this in every
 * covered JVM, at its first write.
 */
public final class SecretMask {

    /** The property of {@code subcov:prepare} and {@code subcov:report}. */
    public static final String PROPERTY = "subcov.maskPatterns";
    /** Names of passwords, tokens and keys as tools spell them. */
    public static final String DEFAULT_PATTERNS =
            "*password*,*passwd*,*secret*,*token*,*credential*,*api?key*,*apikey*,*private?key*,*_key,key";
    /** The value that turns masking off. */
    public static final String NONE = "none";
    /** What a masked value reads as. */
    public static final String MASK = "******";

    private static final String SEPARATOR = ",";
    private static final SecretMask DEFAULT = new SecretMask(split(DEFAULT_PATTERNS));

    private final String[] patterns;

    private SecretMask(String[] patterns) {
        this.patterns = patterns;
    }

    /** The mask of a value as {@link #check} returned it: null is {@link #DEFAULT_PATTERNS}, {@link #NONE} masks nothing. */
    public static SecretMask of(String patterns) {
        if (patterns == null || patterns.trim().isEmpty()) {
            return DEFAULT;
        }
        return new SecretMask(patterns.trim().equalsIgnoreCase(NONE) ? new String[0] : split(patterns));
    }

    /** The mask of {@link #DEFAULT_PATTERNS}. */
    public static SecretMask byDefault() {
        return DEFAULT;
    }

    /** The value with white space around each pattern removed, or null when blank (the default); throws when a pattern is empty. */
    public static String check(String property, String value) {
        if (value == null || value.trim().isEmpty()) {
            return null;
        }
        StringBuilder clean = new StringBuilder();
        for (String pattern : value.split(SEPARATOR, -1)) {
            if (pattern.trim().isEmpty()) {
                throw new IllegalArgumentException(property + " is \"" + value + "\": an empty pattern; separate"
                        + " name patterns with single commas, for example " + DEFAULT_PATTERNS
                        + ", or say " + NONE + " to mask nothing.");
            }
            clean.append(clean.length() == 0 ? "" : SEPARATOR).append(pattern.trim());
        }
        return clean.toString();
    }

    /** Whether a value of this name is a secret. */
    public boolean isSecret(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        for (String pattern : patterns) {
            if (ProcessFilter.matches(pattern, lower)) {
                return true;
            }
        }
        return false;
    }

    /** The command line with every secret's value replaced by {@link #MASK}; null stays null. */
    public String mask(String line) {
        if (line == null || patterns.length == 0) {
            return line;
        }
        StringBuilder out = new StringBuilder(line.length());
        boolean valueNext = false;
        int at = 0;
        while (at < line.length()) {
            if (Character.isWhitespace(line.charAt(at))) {
                out.append(line.charAt(at++));
                continue;
            }
            int end = wordEnd(line, at);
            String token = line.substring(at, end);
            int value = valueNext ? 0 : secretValue(token);
            if (value >= 0) {
                out.append(token, 0, value).append(MASK);
                end = quotedEnd(line, at + value, end);
                valueNext = false;
            } else {
                out.append(maskUrlPassword(token));
                valueNext = takesSecretValue(token);
            }
            at = end;
        }
        return out.toString();
    }

    /** Where the value of a secret's {@code name=value} starts in the token; -1 for any other token. */
    private int secretValue(String token) {
        int start = leadingQuotes(token);
        int equals = token.indexOf('=', start);
        String name = equals < 0 ? null : nameOf(token.substring(start, equals));
        return name != null && isSecret(name) ? equals + 1 : -1;
    }

    /** Whether the token is an option ({@code --token}) whose value, the next token, is a secret. */
    private boolean takesSecretValue(String token) {
        String body = token.substring(leadingQuotes(token));
        if (body.indexOf('=') >= 0 || !body.startsWith("-") || body.startsWith("-D") || body.startsWith("-X")) {
            return false;
        }
        String name = nameOf(body);
        return name != null && isSecret(name);
    }

    private static int leadingQuotes(String token) {
        int start = 0;
        while (start < token.length() && "'\"[".indexOf(token.charAt(start)) >= 0) {
            start++;
        }
        return start;
    }

    /**
     * The name of an option or assignment, dashes and {@code -D} taken off; null when it is no
     * name: a path, {@code -javaagent:…}, a URL.
     */
    private static String nameOf(String text) {
        String name = text;
        if (name.startsWith("-D")) {
            name = name.substring(2);
        } else {
            int dashes = 0;
            while (dashes < name.length() && name.charAt(dashes) == '-') {
                dashes++;
            }
            name = name.substring(dashes);
        }
        // Arrays.toString of a command, as a warning quotes it
        while (name.endsWith(",") || name.endsWith("]")) {
            name = name.substring(0, name.length() - 1);
        }
        if (name.isEmpty()) {
            return null;
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!(Character.isLetterOrDigit(c) || c == '.' || c == '_' || c == '-')) {
                return null;
            }
        }
        return name;
    }

    /** {@code scheme://user:password@host} with the password masked. */
    private static String maskUrlPassword(String token) {
        int scheme = token.indexOf("://");
        if (scheme < 0) {
            return token;
        }
        int userStart = scheme + 3;
        int at = token.indexOf('@', userStart);
        int slash = token.indexOf('/', userStart);
        if (at < 0 || slash >= 0 && slash < at) {
            return token;
        }
        int colon = token.indexOf(':', userStart);
        if (colon < 0 || colon > at) {
            return token;
        }
        return token.substring(0, colon + 1) + MASK + maskUrlPassword(token.substring(at));
    }

    private static int wordEnd(String line, int start) {
        int end = start;
        while (end < line.length() && !Character.isWhitespace(line.charAt(end))) {
            end++;
        }
        return end;
    }

    /**
     * Where a secret's value ends: at white space, unless it opens with a quote ({@code "a b"}),
     * which runs to its closing quote. Only a secret's value may span words: a quote elsewhere (a
     * shell's command string, a path such as {@code /home/o'brien}) must not hide what follows.
     */
    private static int quotedEnd(String line, int value, int wordEnd) {
        char c = value < line.length() ? line.charAt(value) : ' ';
        int close = c == '\'' || c == '"' ? line.indexOf(c, value + 1) : -1;
        return close < wordEnd ? wordEnd : wordEnd(line, close + 1);
    }

    private static String[] split(String value) {
        List<String> patterns = new ArrayList<String>();
        for (String pattern : value.split(SEPARATOR)) {
            if (!pattern.trim().isEmpty()) {
                patterns.add(pattern.trim().toLowerCase(Locale.ROOT));
            }
        }
        return patterns.toArray(new String[0]);
    }
}
