package io.github.subcov.interceptor.agent;

import io.github.subcov.interceptor.data.ProcSelf;
import io.github.subcov.interceptor.launch.LaunchRewriter;

/**
 * Whether this JVM may name a Java agent whose jar has a word in its path, judged from the raw
 * text of its command line and environment: false only when no {@code -javaagent:} is followed by
 * the word, in any case, within the same entry, and no argument file could name one. It runs
 * before JaCoCo's start in every covered JVM, so it spares nearly all of them
 * {@link JvmArguments}' full parse, and the loading of that class. subcov's own boot class path
 * option names JaCoCo's jar too, but before its {@code -javaagent:}, where this does not look.
 */
final class OptionsPrecheck {

    private static final char NUL = '\u0000';
    private static final String JAVAAGENT = "-javaagent:";
    private static final String JDK_JAVA_OPTIONS = LaunchRewriter.JDK_JAVA_OPTIONS + "=";

    private OptionsPrecheck() {
    }

    /** @param jarWord in lower case */
    static boolean mayNameAgent(String jarWord) {
        return mayNameAgent(jarWord, ProcSelf.commandLineText(), ProcSelf.environmentText());
    }

    /** @param command and {@code environment}: entries each followed by NUL, or null where unknown */
    static boolean mayNameAgent(String jarWord, String command, String environment) {
        if (command == null || environment == null) {
            return true;
        }
        // the launcher reads an argument file wherever an argument starts with @; of the
        // variables, only JDK_JAVA_OPTIONS may name one
        return agentFollowedBy(command, jarWord) || agentFollowedBy(environment, jarWord)
                || entryStarting(command, "@") >= 0 || jdkOptionsNameArgumentFile(environment);
    }

    /** Whether some {@code -javaagent:} has the word after it in its entry: no copy of the text. */
    private static boolean agentFollowedBy(String text, String word) {
        for (int agent = text.indexOf(JAVAAGENT); agent >= 0; agent = text.indexOf(JAVAAGENT, agent + 1)) {
            int end = text.indexOf(NUL, agent);
            if (containsIgnoringCase(text, agent + JAVAAGENT.length(), end < 0 ? text.length() : end, word)) {
                return true;
            }
        }
        return false;
    }

    private static boolean jdkOptionsNameArgumentFile(String environment) {
        int start = entryStarting(environment, JDK_JAVA_OPTIONS);
        if (start < 0) {
            return false;
        }
        int end = environment.indexOf(NUL, start);
        int at = environment.indexOf('@', start);
        return at >= 0 && (end < 0 || at < end);
    }

    /** Where the first entry that starts with the prefix begins, or -1: no copy of the text. */
    private static int entryStarting(String text, String prefix) {
        if (text.startsWith(prefix)) {
            return 0;
        }
        int found = text.indexOf(NUL + prefix);
        return found < 0 ? -1 : found + 1;
    }

    /** By the word's first letter, which {@code indexOf} finds fast, not a lower-cased copy of the text. */
    private static boolean containsIgnoringCase(String text, int from, int to, String word) {
        char lower = word.charAt(0);
        char upper = Character.toUpperCase(lower);
        return startsAtSome(text, from, to, word, lower)
                || upper != lower && startsAtSome(text, from, to, word, upper);
    }

    private static boolean startsAtSome(String text, int from, int to, String word, char first) {
        int last = to - word.length();
        for (int i = text.indexOf(first, from); i >= 0 && i <= last; i = text.indexOf(first, i + 1)) {
            if (text.regionMatches(true, i, word, 0, word.length())) {
                return true;
            }
        }
        return false;
    }
}
