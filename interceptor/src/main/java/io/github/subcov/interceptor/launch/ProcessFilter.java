package io.github.subcov.interceptor.launch;

import java.util.ArrayList;
import java.util.List;

/**
 * Which spawned JVMs subcov covers: {@code subcov.processIncludes} and
 * {@code subcov.processExcludes}. Each is a comma-separated list of patterns in JaCoCo's wildcard
 * syntax ({@code *} any characters, dots and slashes included, {@code ?} one character; {@code **}
 * is the same as {@code *}), each tested against the whole of the JVM's main class, the file name
 * of its {@code -jar} and its command line ({@link JvmProgram}). A JVM that an exclude matches is
 * skipped; else, when there are includes, one that none matches is skipped; else it is covered.
 *
 * <p>Commas, not JaCoCo's colons, separate the patterns: a command line holds colons (class
 * paths, ports, URLs), and Maven's users write lists with commas. No regular expressions: they
 * would load {@code java.util.regex} into every JVM that checks.
 */
public final class ProcessFilter {

    public static final String INCLUDES = "subcov.processIncludes";
    public static final String EXCLUDES = "subcov.processExcludes";

    private static final String SEPARATOR = ",";
    private static final String[] NONE = new String[0];

    private final String[] includes;
    private final String[] excludes;

    private ProcessFilter(String[] includes, String[] excludes) {
        this.includes = includes;
        this.excludes = excludes;
    }

    /**
     * The filter of two values as {@link #check} returned them; null or blank is no pattern. Does not
     * check again: it runs in every JVM that a filter applies to.
     */
    public static ProcessFilter of(String includes, String excludes) {
        return new ProcessFilter(split(includes), split(excludes));
    }

    /**
     * The value with white space around each pattern removed, or null when it is blank (no
     * filter); throws with what is wrong and how to write it.
     */
    public static String check(String property, String value) {
        if (value == null || value.trim().isEmpty()) {
            return null;
        }
        StringBuilder clean = new StringBuilder();
        for (String pattern : value.split(SEPARATOR, -1)) {
            String trimmed = pattern.trim();
            String problem = problem(trimmed);
            if (problem != null) {
                throw new IllegalArgumentException(property + " is \"" + value + "\": " + problem);
            }
            clean.append(clean.length() == 0 ? "" : SEPARATOR).append(trimmed);
        }
        return clean.toString();
    }

    private static String problem(String pattern) {
        if (pattern.isEmpty()) {
            return "an empty pattern; separate patterns with single commas, for example app.Worker,*-cli.jar.";
        }
        if (pattern.startsWith("%regex[")) {
            return "regular expressions are not supported; use * for any characters and ? for one, for example"
                    + " *.Worker.";
        }
        if (isColonList(pattern)) {
            return "separate patterns with commas, for example " + pattern.replace(':', ',')
                    + " (':' separates only subcov.includes and subcov.excludes).";
        }
        return null;
    }

    /** {@code app.A:app.B}, JaCoCo's separator: names of classes or patterns of them, nothing else. */
    private static boolean isColonList(String pattern) {
        if (pattern.indexOf(':') < 0) {
            return false;
        }
        for (String part : pattern.split(":", -1)) {
            if (part.isEmpty() || Character.isDigit(part.charAt(0))) {
                return false;
            }
            for (int i = 0; i < part.length(); i++) {
                char c = part.charAt(i);
                if (!(Character.isJavaIdentifierPart(c) || c == '.' || c == '*' || c == '?')) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * Why the JVM is not to be covered, or null when it is. A JVM whose main class and jar nobody
     * can see (an argument file names them) is not skipped for missing the includes: its own agent
     * sees them and decides.
     */
    public Skip skip(JvmProgram program) {
        if (matchesAny(excludes, program)) {
            return new Skip(EXCLUDES, program.name());
        }
        if (includes.length > 0 && program.knowsMain() && !matchesAny(includes, program)) {
            return new Skip(INCLUDES, program.name());
        }
        return null;
    }

    /**
     * Whether one of the include patterns matches the JVM's main class, jar name or command line,
     * also when its main class is unknown: what {@code subcov:check}'s {@code jvmsRan} asks of the
     * JVMs that ran.
     */
    public boolean includes(JvmProgram program) {
        return matchesAny(includes, program);
    }

    /** Why a JVM is not covered: the property that says so, and the name the report gives it. */
    public static final class Skip {
        private final String filter;
        private final String name;

        Skip(String filter, String name) {
            this.filter = filter;
            this.name = name;
        }

        /** {@link #INCLUDES} or {@link #EXCLUDES}: excludes win. */
        public String filter() {
            return filter;
        }

        /** The main class, the jar's file name, or null when neither is known. */
        public String name() {
            return name;
        }
    }

    private static boolean matchesAny(String[] patterns, JvmProgram program) {
        for (String pattern : patterns) {
            if (program.mainClass() != null && matches(pattern, program.mainClass())
                    || program.jarName() != null && matches(pattern, program.jarName())
                    || matches(pattern, program.commandLine())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the pattern matches the whole text. Greedy, going back only to the last {@code *}: at
     * most pattern length times text length steps, never exponential.
     */
    static boolean matches(String pattern, String text) {
        int p = 0;
        int t = 0;
        int star = -1;
        int resume = 0;
        while (t < text.length()) {
            if (p < pattern.length() && pattern.charAt(p) == '*') {
                star = p++;
                resume = t;
            } else if (p < pattern.length() && (pattern.charAt(p) == '?' || pattern.charAt(p) == text.charAt(t))) {
                p++;
                t++;
            } else if (star >= 0) {
                p = star + 1;
                t = ++resume;
            } else {
                return false;
            }
        }
        while (p < pattern.length() && pattern.charAt(p) == '*') {
            p++;
        }
        return p == pattern.length();
    }

    private static String[] split(String value) {
        if (value == null || value.trim().isEmpty()) {
            return NONE;
        }
        List<String> patterns = new ArrayList<String>();
        for (String pattern : value.split(SEPARATOR)) {
            if (!pattern.trim().isEmpty()) {
                patterns.add(pattern.trim());
            }
        }
        return patterns.toArray(NONE);
    }
}
