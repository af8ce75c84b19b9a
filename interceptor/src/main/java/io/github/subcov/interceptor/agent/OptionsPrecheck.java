package io.github.subcov.interceptor.agent;

import io.github.subcov.interceptor.data.ProcSelf;
import io.github.subcov.interceptor.launch.LaunchRewriter;

/**
 * Whether a word could be in any of this JVM's options, judged from the raw text of its command
 * line and environment: false only when neither holds the word in any case and no argument file
 * could. It runs before JaCoCo's start in every covered JVM, so it spares nearly all of them
 * {@link JvmArguments}' full parse, and the loading of that class.
 */
final class OptionsPrecheck {

    private static final char NUL = '\u0000';
    private static final String JDK_JAVA_OPTIONS = LaunchRewriter.JDK_JAVA_OPTIONS + "=";

    private OptionsPrecheck() {
    }

    /** @param word in lower case */
    static boolean mayMention(String word) {
        return mayMention(word, ProcSelf.commandLineText(), ProcSelf.environmentText());
    }

    /** @param command and {@code environment}: entries each followed by NUL, or null where unknown */
    static boolean mayMention(String word, String command, String environment) {
        if (command == null || environment == null) {
            return true;
        }
        // the launcher reads an argument file wherever an argument starts with @; of the
        // variables, only JDK_JAVA_OPTIONS may name one
        return containsIgnoringCase(command, word) || containsIgnoringCase(environment, word)
                || entryStarting(command, "@") >= 0 || jdkOptionsNameArgumentFile(environment);
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

    /** By the word's first letter, which {@code indexOf} finds fast, not a lower-cased copy of every text. */
    private static boolean containsIgnoringCase(String text, String word) {
        char lower = word.charAt(0);
        char upper = Character.toUpperCase(lower);
        return startsAtSome(text, word, lower) || upper != lower && startsAtSome(text, word, upper);
    }

    private static boolean startsAtSome(String text, String word, char first) {
        for (int i = text.indexOf(first); i >= 0; i = text.indexOf(first, i + 1)) {
            if (text.regionMatches(true, i, word, 0, word.length())) {
                return true;
            }
        }
        return false;
    }
}
