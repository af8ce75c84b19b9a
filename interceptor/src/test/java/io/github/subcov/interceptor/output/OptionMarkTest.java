package io.github.subcov.interceptor.output;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The mark's sparse scan finds what a search byte by byte finds, repeating and overlapping marks included. */
class OptionMarkTest {

    @Provide
    Arbitrary<String> marks() {
        return Arbitraries.oneOf(Arbitraries.strings().withChars("ab/=").ofMinLength(2).ofMaxLength(12),
                Arbitraries.of("-javaagent:/home/u/.m2/subcov-interceptor.jar=", "aaaa", "abab", "/s/s/s="));
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.strings().withChars("ab/=\n").ofMaxLength(200);
    }

    @Property(tries = 5000)
    void findsTheFirstWholeOccurrenceInTheRange(@ForAll("marks") String mark, @ForAll("texts") String text,
            @ForAll("texts") String before) {
        String all = before + text + (text.length() % 3 == 0 ? mark : "") + text;
        byte[] bytes = all.getBytes(StandardCharsets.US_ASCII);
        int from = Math.min(before.length(), bytes.length);

        int expected = all.indexOf(mark, from);
        assertEquals(expected, OptionMark.of(mark.getBytes(StandardCharsets.US_ASCII)).find(bytes, from, bytes.length));
    }
}
