package io.github.subcov.interceptor.agent;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The raw look at this JVM's command line and environment that decides whether its options need parsing. */
class OptionsPrecheckTest {

    private static final String JACOCO = "-javaagent:/m2/org.jacoco.agent-0.8.15-runtime.jar=destfile=/t/it.exec";
    private static final String PLAIN_ENVIRONMENT = text("PATH=/usr/bin", "JAVA_TOOL_OPTIONS=-Xmx1g");

    /** Entries each followed by NUL, as in {@code /proc/self/cmdline} and {@code environ}. */
    private static String text(String... entries) {
        StringBuilder text = new StringBuilder();
        for (String entry : entries) {
            text.append(entry).append('\u0000');
        }
        return text.toString();
    }

    private static boolean mayMention(String command, String environment) {
        return OptionsPrecheck.mayMention("jacoco", command, environment);
    }

    @Test
    void theWordInAnyCaseAnywhereMeansParse() {
        assertTrue(mayMention(text("java", JACOCO, "Main"), PLAIN_ENVIRONMENT));
        assertTrue(mayMention(text("java", "-javaagent:/x/JaCoCoAgent.jar", "Main"), PLAIN_ENVIRONMENT));
        assertTrue(mayMention(text("java", "-javaagent:/x/JACOCO.jar", "Main"), PLAIN_ENVIRONMENT));
        assertTrue(mayMention(text("java", "Main"), text("PATH=/bin", "_JAVA_OPTIONS=" + JACOCO)));
        assertTrue(mayMention(text("java", "Main"), text("X=jJaCOCo")), "a near miss just before it");
        assertFalse(mayMention(text("java", "-cp", "jaco:co", "Main"), text("JAVA=jacobs", "C=Jacoc")));
    }

    @Test
    void anArgumentFileMeansParse() {
        assertTrue(mayMention(text("java", "@args.txt", "Main"), PLAIN_ENVIRONMENT));
        assertTrue(mayMention(text("@java"), PLAIN_ENVIRONMENT));
        assertTrue(mayMention(text("java", "Main"), text("PATH=/bin", "JDK_JAVA_OPTIONS=-ea @more.txt", "Y=1")));
        assertTrue(mayMention(text("java", "Main"), text("JDK_JAVA_OPTIONS=@more.txt")));
        assertFalse(mayMention(text("java", "-Dmail=me@example.org", "Main"), PLAIN_ENVIRONMENT));
        assertFalse(mayMention(text("java", "Main"), text("MAIL=me@example.org", "JDK_JAVA_OPTIONS=-ea")));
        assertFalse(mayMention(text("java", "Main"), text("JDK_JAVA_OPTIONS=-ea", "MAIL=me@example.org")));
        assertFalse(mayMention(text("java", "Main"), text("MY_JDK_JAVA_OPTIONS=@x")));
    }

    @Test
    void noProcMeansParse() {
        assertTrue(mayMention(null, PLAIN_ENVIRONMENT));
        assertTrue(mayMention(text("java", "Main"), null));
    }
}
