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

    private static final String SUBCOV = "-javaagent:/m2/subcov-interceptor.jar=parent=,config=/p/target/a.properties";
    private static final String BOOT = "-Xbootclasspath/a:/m2/subcov-interceptor.jar:/m2/org.jacoco.agent-0.8.15-runtime.jar";

    private static boolean mayMention(String command, String environment) {
        return OptionsPrecheck.mayNameAgent("jacoco", command, environment);
    }

    @Test
    void theWordInAnyCaseAfterAJavaagentMeansParse() {
        assertTrue(mayMention(text("java", JACOCO, "Main"), PLAIN_ENVIRONMENT));
        assertTrue(mayMention(text("java", "-javaagent:/x/JaCoCoAgent.jar", "Main"), PLAIN_ENVIRONMENT));
        assertTrue(mayMention(text("java", "-javaagent:/x/JACOCO.jar", "Main"), PLAIN_ENVIRONMENT));
        assertTrue(mayMention(text("java", "-javaagent:\"/x y/jacoco.jar\"", "Main"), PLAIN_ENVIRONMENT));
        assertTrue(mayMention(text("java", "Main"), text("PATH=/bin", "_JAVA_OPTIONS=" + JACOCO)));
        assertTrue(mayMention(text("java", "Main"), text("JAVA_TOOL_OPTIONS=" + SUBCOV + " '" + JACOCO + "'")),
                "a second agent in the same variable");
        assertTrue(mayMention(text("java", "Main"), text("X=-javaagent:/a/b.jar=jJaCOCo")), "a near miss just before it");
        assertFalse(mayMention(text("java", "-cp", "jaco:co", "Main"), text("JAVA=jacobs", "C=Jacoc")));
    }

    @Test
    void theWordElsewhereIsNoAgent() {
        assertFalse(mayMention(text("java", BOOT, SUBCOV, "Main"), PLAIN_ENVIRONMENT), "subcov's own options");
        assertFalse(mayMention(text("java", "Main"), text("JAVA_TOOL_OPTIONS=" + BOOT + " " + SUBCOV)));
        assertFalse(mayMention(text("java", "-cp", "/m2/jacoco.jar", "Main"), text("JACOCO_HOME=/opt/jacoco")));
        assertFalse(mayMention(text("java", "-javaagent:/x/other.jar", "jacoco.Main"), PLAIN_ENVIRONMENT),
                "the word in the next entry");
        assertFalse(mayMention(text("java", "-javaagent:/x/jaco", "co.Main"), PLAIN_ENVIRONMENT), "cut by the end of the entry");
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
