package io.github.subcov.interceptor.launch;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

class JvmOptionsTextTest {

    private static List<String> values(String text) {
        return JvmOptionsText.tokens(text).stream().map(t -> t.value).collect(Collectors.toList());
    }

    @Test
    void tokensAreSplitAtAsciiWhiteSpaceRuns() {
        assertEquals(List.of("-Xmx77m", "-Dk=v", "-a", "-b", "-c"), values("  -Xmx77m \t-Dk=v\n-a\r\n-b\u000B\f-c  "));
    }

    @Test
    void whiteSpaceBeyondAsciiStaysInsideTheToken() {
        // the JVM splits with C's isspace on bytes; U+2003, U+001C and U+00A0 are part of the option
        assertEquals(List.of("-Da=x\u2003y", "-Db=x\u001cy", "-Dc=x\u00a0y"), values("-Da=x\u2003y -Db=x\u001cy -Dc=x\u00a0y"));
    }

    @Test
    void quotesGroupCharactersAndAreDropped() {
        assertEquals(List.of("-Dq=a b", "-Dr=c \"d\"", "-Ds=ef gh", "-Dt=", "-Du=ab"),
                values("-Dq=\"a b\" -Dr='c \"d\"' -Ds=e\"f g\"h -Dt='' -Du='a'\"b\""));
    }

    @Test
    void tokenSpansCoverTheRawTextIncludingQuotes() {
        String text = "  -Xmx1g   \"-Da=b c\"x '-Dé=字'";
        List<JvmOptionsText.Token> tokens = JvmOptionsText.tokens(text);
        assertEquals(List.of("-Xmx1g", "\"-Da=b c\"x", "'-Dé=字'"),
                tokens.stream().map(t -> text.substring(t.start, t.end)).collect(Collectors.toList()));
    }

    @Test
    void unmatchedQuoteKeepsTheRestLiterally() {
        assertEquals(List.of("-Da=1", "-Db=\"x y"), values("-Da=1 -Db=\"x y"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\t\n  "})
    void blankTextHasNoTokens(String text) {
        assertEquals(List.of(), values(text));
    }

    @Test
    void quoteLeavesAPlainOptionAlone() {
        assertEquals("-javaagent:/a/b.jar=x=1,y=2", JvmOptionsText.quote("-javaagent:/a/b.jar=x=1,y=2"));
        assertEquals("-Dname=J\u00fcrgen\u2003", JvmOptionsText.quote("-Dname=J\u00fcrgen\u2003"));
    }

    @Test
    void quoteUsesDoubleQuotesThenSingleQuotesThenBothInParts() {
        assertEquals("\"-Dp=a b\"", JvmOptionsText.quote("-Dp=a b"));
        assertEquals("\"-Dp=it's\"", JvmOptionsText.quote("-Dp=it's"));
        assertEquals("'-Dp=say \"hi\"'", JvmOptionsText.quote("-Dp=say \"hi\""));
        assertEquals("\"-Dp=it's \"'\"'\"x\"'\"'", JvmOptionsText.quote("-Dp=it's \"x\""));
    }

    @ParameterizedTest
    @ValueSource(strings = {"a b", "it's", "\"", "'", "\"'", "'\"", "\"\"''\"", "x\ty\nz", "both ' and \" here ",
            "/Jürgen's \"files\"/sub cov/subcov-interceptor.jar=parent=h-1-a,config=/p q/c.properties"})
    void quotedOptionIsReadBackAsOneIdenticalToken(String option) {
        assertEquals(List.of(option), values(JvmOptionsText.quote(option)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "  ", "-Xmx77m -Dk=v", "-Xmx77m\t", "\n-Dx=1\n", "'-Da=b c'", "  a  b  ",
            "-Dq=\"x y\"z", "-Dé=字 \u2003"})
    void appendThenWithoutGivesTheTextBackByteForByte(String text) {
        List<String> options = List.of("-javaagent:/a b/subcov-interceptor.jar=parent=p,config=/c", "-javaagent:/j.jar=x");
        String appended = JvmOptionsText.append(text, options);

        List<JvmOptionsText.Token> tokens = JvmOptionsText.tokens(appended);
        List<JvmOptionsText.Token> added = tokens.subList(tokens.size() - 2, tokens.size());
        assertEquals(options, added.stream().map(t -> t.value).collect(Collectors.toList()));
        assertEquals(text, JvmOptionsText.without(appended, added));
    }

    @Test
    void appendToNothingGivesJustTheOptions() {
        assertEquals("-a \"-b c\"", JvmOptionsText.append(null, List.of("-a", "-b c")));
        assertEquals("-a", JvmOptionsText.append("", List.of("-a")));
        assertEquals("-Dk=v", JvmOptionsText.append("-Dk=v", List.of()));
    }

    @Test
    void withoutCutsOneSeparatorPerTokenAndKeepsEveryOtherByte() {
        String text = "-Da  -Dcut\t\t-Db ";
        assertEquals("-Da \t\t-Db ", JvmOptionsText.without(text, List.of(JvmOptionsText.tokens(text).get(1))));
    }

    @Test
    void withoutTakesTheSeparatorAfterALeadingToken() {
        String text = "-Dcut  -Dkeep";
        assertEquals(" -Dkeep", JvmOptionsText.without(text, List.of(JvmOptionsText.tokens(text).get(0))));
    }

    @Test
    void withoutCutsSeveralTokens() {
        String text = "-Dcut1 -Da -Dcut2 -Db -Dcut3";
        List<JvmOptionsText.Token> tokens = JvmOptionsText.tokens(text);
        assertEquals("-Da -Db", JvmOptionsText.without(text, List.of(tokens.get(0), tokens.get(2), tokens.get(4))));
    }
}
