package io.github.subcov.interceptor.launch;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.jacoco.core.runtime.WildcardMatcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProcessFilterTest {

    private static final JvmProgram WORKER = JvmProgram.ofCommand(
            List.of("/jdk/bin/java", "-Xmx64m", "-cp", "/app/lib/app-1.0.jar:/app/lib/dep.jar", "com.example.Worker",
                    "--port", "8080"));
    private static final JvmProgram SERVER_JAR = JvmProgram.ofCommand(
            List.of("java", "-jar", "/opt/my app/server-2.3.jar", "serve"));

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "com.example.Worker   | com.example.Worker   | true",
        "com.example.*        | com.example.Worker   | true",
        "com.example.*        | com.example.sub.Job  | true",
        "com.example.**       | com.example.sub.Job  | true",
        "*.Worker             | com.example.Worker   | true",
        "com.example.Work?r   | com.example.Worker   | true",
        "com.example.Work?r   | com.example.Workr    | false",
        "com.example          | com.example.Worker   | false",
        "Worker               | com.example.Worker   | false",
        "*                    | ''                   | true",
        "?                    | ''                   | false",
        "a*b*c                | abxbyc               | true",
        "a*b*c                | abxbycx              | false",
        "*-1.0.jar            | app-1.0.jar          | true",
        "com.Example.Worker   | com.example.Worker   | false",
    })
    void patternMatchesTheWholeTextWithJacocosWildcards(String pattern, String text, boolean matches) {
        assertEquals(matches, ProcessFilter.matches(pattern, text));
    }

    /** JaCoCo's own matcher, which {@code subcov.includes} uses, is the reference for one pattern. */
    @Property(tries = 3000)
    void agreesWithJacocosWildcardMatcher(@ForAll("patterns") String pattern, @ForAll("texts") String text) {
        boolean expected = new WildcardMatcher(pattern).matches(text);
        assertEquals(expected, ProcessFilter.matches(pattern, text), () -> pattern + " against " + text);
        Statistics.collect(expected ? "match" : "no match");
    }

    @Property(tries = 1000)
    void textWithSomeCharactersTurnedIntoWildcardsMatchesItself(@ForAll("texts") String text,
            @ForAll long seed) {
        StringBuilder pattern = new StringBuilder();
        java.util.Random random = new java.util.Random(seed);
        for (int i = 0; i < text.length(); i++) {
            int choice = random.nextInt(4);
            pattern.append(choice == 0 ? "?" : choice == 1 ? "*" : String.valueOf(text.charAt(i)));
        }
        assertTrue(ProcessFilter.matches(pattern.toString(), text), () -> pattern + " against " + text);
    }

    @Provide
    Arbitrary<String> patterns() {
        // few letters, so that about half the pairs match
        return Arbitraries.strings().withChars("ab.**?-").ofMaxLength(7);
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.strings().withChars("ab.-").ofMaxLength(8);
    }

    @Test
    void excludeMatchesTheMainClassTheJarOrTheWholeCommandLine() {
        assertEquals(ProcessFilter.EXCLUDES, skippedBy(ProcessFilter.of(null, "com.example.Worker"), WORKER));
        assertEquals(ProcessFilter.EXCLUDES, skippedBy(ProcessFilter.of(null, "server-*.jar"), SERVER_JAR));
        assertEquals(ProcessFilter.EXCLUDES, skippedBy(ProcessFilter.of(null, "* --port 8080"), WORKER));
        assertEquals(ProcessFilter.EXCLUDES, skippedBy(ProcessFilter.of(null, "*/app-1.0.jar*"), WORKER));
        assertNull(skippedBy(ProcessFilter.of(null, "app-1.0.jar"), WORKER), "a jar on the class path is no -jar");
        assertNull(skippedBy(ProcessFilter.of(null, "Worker"), WORKER), "a simple name is no main class");
        assertNull(skippedBy(ProcessFilter.of(null, "server.Main"), SERVER_JAR), "a -jar JVM goes by its jar's name");
    }

    @Test
    void withIncludesOnlyTheMatchingAreCoveredAndExcludesWin() {
        ProcessFilter filter = ProcessFilter.of("com.example.*, server-*.jar", "*.Tool");

        assertNull(skippedBy(filter, WORKER));
        assertNull(skippedBy(filter, SERVER_JAR));
        assertEquals(ProcessFilter.INCLUDES, skippedBy(filter, JvmProgram.ofCommand(List.of("java", "org.other.Main"))));
        assertEquals(ProcessFilter.EXCLUDES, skippedBy(filter, JvmProgram.ofCommand(List.of("java", "com.example.Tool"))));
    }

    @Test
    void includesLeaveAJvmWhoseMainClassIsHiddenToItsOwnAgent() {
        JvmProgram behindArgumentFile = JvmProgram.ofCommand(List.of("java", "@/tmp/app.args"));

        assertNull(skippedBy(ProcessFilter.of("com.example.*", null), behindArgumentFile));
        assertEquals(ProcessFilter.EXCLUDES, skippedBy(ProcessFilter.of(null, "*app.args"), behindArgumentFile));
    }

    @Test
    void skipNamesTheFilterAndTheMainClassOrJar() {
        ProcessFilter.Skip skip = ProcessFilter.of(null, "*").skip(SERVER_JAR);

        assertEquals(ProcessFilter.EXCLUDES, skip.filter());
        assertEquals("server-2.3.jar", skip.name());
    }

    @Test
    void blankValuesAndEmptyPatternsInTheConfigFilterNothing() {
        assertNull(skippedBy(ProcessFilter.of("", " "), WORKER));
        assertNull(skippedBy(ProcessFilter.of(null, " , "), WORKER));
    }

    @Test
    void checkTrimsEachPatternAndGivesNullForNoPattern() {
        assertEquals("app.Worker,*-cli.jar", ProcessFilter.check(ProcessFilter.EXCLUDES, " app.Worker , *-cli.jar "));
        assertEquals("* --port 8080", ProcessFilter.check(ProcessFilter.EXCLUDES, "* --port 8080"));
        assertEquals("*localhost:8080*", ProcessFilter.check(ProcessFilter.EXCLUDES, "*localhost:8080*"));
        assertEquals("C:\\app\\*", ProcessFilter.check(ProcessFilter.EXCLUDES, "C:\\app\\*"));
        assertNull(ProcessFilter.check(ProcessFilter.INCLUDES, null));
        assertNull(ProcessFilter.check(ProcessFilter.INCLUDES, "  "));
    }

    @ParameterizedTest
    @ValueSource(strings = {"app.Worker,,app.Tool", "app.Worker,", ",app.Worker"})
    void anEmptyPatternIsRefusedNamingTheValueAndTheFix(String value) {
        IllegalArgumentException refused =
                assertThrows(IllegalArgumentException.class, () -> ProcessFilter.check(ProcessFilter.EXCLUDES, value));

        assertEquals("subcov.processExcludes is \"" + value + "\": an empty pattern; separate patterns with single"
                + " commas, for example app.Worker,*-cli.jar.", refused.getMessage());
    }

    @Test
    void jacocosColonSeparatorIsRefusedWithTheCommaForm() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> ProcessFilter.check(ProcessFilter.INCLUDES, "app.Worker:com.example.*"));

        assertEquals("subcov.processIncludes is \"app.Worker:com.example.*\": separate patterns with commas, for"
                + " example app.Worker,com.example.* (':' separates only subcov.includes and subcov.excludes).",
                refused.getMessage());
    }

    @Test
    void surefiresRegularExpressionsAreRefused() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> ProcessFilter.check(ProcessFilter.EXCLUDES, "%regex[.*Worker]"));

        assertTrue(refused.getMessage().startsWith("subcov.processExcludes is \"%regex[.*Worker]\": regular expressions"
                + " are not supported; use * for any characters and ? for one"), refused.getMessage());
    }

    @Test
    void checkedValueReadsBackAsTheSameFilter() {
        String checked = ProcessFilter.check(ProcessFilter.EXCLUDES, " com.example.Worker ,server-*.jar");
        ProcessFilter filter = ProcessFilter.of(null, checked);

        assertEquals(ProcessFilter.EXCLUDES, skippedBy(filter, WORKER));
        assertEquals(ProcessFilter.EXCLUDES, skippedBy(filter, SERVER_JAR));
        assertFalse(ProcessFilter.matches(checked, "com.example.Worker"), "one pattern per comma");
    }

    private static String skippedBy(ProcessFilter filter, JvmProgram program) {
        ProcessFilter.Skip skip = filter.skip(program);
        return skip == null ? null : skip.filter();
    }
}
