package io.github.subcov.interceptor.output;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A child's output read through the filter is the output without subcov, however the reads cut
 * it, and whatever has arrived is readable at once.
 */
class ToolOptionsLineFilterTest {

    private static final Charset UTF_8 = StandardCharsets.UTF_8;
    private static final String LINE = "Picked up JAVA_TOOL_OPTIONS: ";
    private static final String OWN = "-javaagent:/r\u00e9po/subcov-interceptor.jar=parent=vm-1";
    /** Takes {@link #OWN} out, as the launch rewriter takes subcov's options out. */
    private static final ToolOptionsLineFilter.Rewrite REWRITE = printed -> {
        String user = printed.replace(" " + OWN, "").replace(OWN, "");
        return user.equals(printed) || !user.trim().isEmpty() ? user : null;
    };

    /** One {@code write} of the child: the bytes it writes, and what a reader would see without subcov. */
    record Write(String written, String withoutSubcov) {
    }

    @Provide
    Arbitrary<List<Write>> outputs() {
        Arbitrary<String> text = Arbitraries.oneOf(
                Arbitraries.strings().withChars("Pick up\nJAVA_TOOLS:x\u00e9").ofMaxLength(40),
                Arbitraries.of("P", "Pick", "Picked up ", LINE, LINE + "-Xmx1g", LINE + OWN, "Enter a name: ", "\n"));
        Arbitrary<Write> plain = text.map(written -> new Write(written, written));
        Arbitrary<String> userValue = Arbitraries.of("", "-Xmx77m", "-Dk=v \u00e9", "-Xss1m ");
        Arbitrary<Write> subcovs = userValue.map(user -> new Write(LINE + (user.isEmpty() ? OWN : user + " " + OWN) + "\n",
                user.isEmpty() ? "" : LINE + user + "\n"));
        Arbitrary<Write> users = userValue.filter(user -> !user.isEmpty()).map(user -> new Write(LINE + user + "\n",
                LINE + user + "\n"));
        Arbitrary<Write> prefixed = Combinators.combine(text, subcovs).as((before, line) ->
                new Write(before + line.written(), before + line.withoutSubcov()));
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(5, plain), net.jqwik.api.Tuple.of(3, subcovs),
                net.jqwik.api.Tuple.of(1, users), net.jqwik.api.Tuple.of(2, prefixed))
                .list().ofMaxSize(30);
    }

    @Property(tries = 2000)
    void readingInAnyPiecesGivesTheOutputWithoutSubcov(@ForAll("outputs") List<Write> writes,
            @ForAll @IntRange(min = 1, max = 50) int readSize) throws IOException {
        InputStream filtered = new ToolOptionsLineFilter(new Writes(writes), REWRITE, UTF_8);

        ByteArrayOutputStream read = new ByteArrayOutputStream();
        byte[] buffer = new byte[readSize + 3];
        for (int n; (n = filtered.read(buffer, 3, readSize)) >= 0; ) {
            assertEquals(true, n > 0, "a read returned nothing before the end");
            read.write(buffer, 3, n);
        }

        assertEquals(withoutSubcov(writes), read.toString(UTF_8));
    }

    @Property(tries = 1000)
    void whatHasArrivedIsAvailableAtOnce(@ForAll("outputs") List<Write> writes) throws IOException {
        Writes child = new Writes(writes, UTF_8, false);
        InputStream filtered = new ToolOptionsLineFilter(child, REWRITE, UTF_8);

        StringBuilder expected = new StringBuilder();
        ByteArrayOutputStream read = new ByteArrayOutputStream();
        for (Write write : writes) {
            child.arrive();
            expected.append(write.withoutSubcov());
            // as the JDK drains an exited child's pipe: read what is available, never more
            for (int available; (available = filtered.available()) > 0; ) {
                byte[] bytes = new byte[available];
                assertEquals(available, filtered.read(bytes, 0, available));
                read.write(bytes, 0, available);
            }
            assertEquals(expected.toString(), read.toString(UTF_8));
        }
    }

    @Property(tries = 300)
    void readingLongOutputInLargePiecesGivesTheOutputWithoutSubcov(@ForAll("outputs") List<Write> writes,
            @ForAll @IntRange(min = 0, max = 200) int filler, @ForAll @IntRange(min = 51, max = 9000) int readSize)
            throws IOException {
        List<Write> longer = new ArrayList<>();
        // log text full of the prefix's pairs and of its partial starts, so the scan stops often
        String text = "Picked up order 7, d  up ed Pi P: Processed JAVA_TOOL\n".repeat(filler / 10 + 1)
                .substring(0, filler);
        longer.add(new Write(text, text));
        longer.addAll(writes);
        longer.add(new Write(text, text));
        InputStream filtered = new ToolOptionsLineFilter(new Writes(longer), REWRITE, UTF_8);

        ByteArrayOutputStream read = new ByteArrayOutputStream();
        byte[] buffer = new byte[readSize];
        for (int n; (n = filtered.read(buffer, 0, readSize)) >= 0; ) {
            read.write(buffer, 0, n);
        }

        assertEquals(withoutSubcov(longer), read.toString(UTF_8));
    }

    @Test
    void subcovsLineIsTakenOutWhereverItStartsInALongRead() throws IOException {
        String filler = "x Pick up ed d P";
        for (int offset = 0; offset < 3 * LINE.length(); offset++) {
            String before = filler.repeat(offset / filler.length() + 1).substring(0, offset);
            String written = before + LINE + OWN + "\n" + "after " + LINE.substring(0, offset % LINE.length());
            String expected = before + "after " + LINE.substring(0, offset % LINE.length());
            Writes child = new Writes(List.of(new Write(written, expected)));

            byte[] all = new ToolOptionsLineFilter(child, REWRITE, UTF_8).readNBytes(1 << 16);
            assertEquals(expected, new String(all, UTF_8), "the line at offset " + offset);
        }
    }

    @Test
    void thePrefixsPairsOfBytesAreAllDifferent() {
        // the scan finds a whole prefix by one pair of its bytes, which must tell where it starts
        Set<String> pairs = new HashSet<>();
        for (int k = 0; k + 1 < LINE.length(); k++) {
            assertEquals(true, pairs.add(LINE.substring(k, k + 2)), "pair " + LINE.substring(k, k + 2));
        }
        assertEquals(LINE, new String(ToolOptionsLineFilter.PREFIX, StandardCharsets.US_ASCII));
    }

    @Test
    void aLineThatIsNotSubcovsPassesByteForByte() throws IOException {
        byte[] latin1 = (LINE + "-Dname=caf\u00e9\n").getBytes(StandardCharsets.ISO_8859_1);
        Writes child = new Writes(List.of(new Write(new String(latin1, StandardCharsets.ISO_8859_1), null)),
                StandardCharsets.ISO_8859_1, true);

        assertArrayEquals(latin1, new ToolOptionsLineFilter(child, REWRITE, UTF_8).readAllBytes());
    }

    @Test
    void aValueLongerThanAnyOfSubcovsPassesUnchanged() throws IOException {
        String line = LINE + "x".repeat(ToolOptionsLineFilter.LONGEST_LINE + 10) + " " + OWN + "\n";
        Writes child = new Writes(List.of(new Write(line, line)));

        assertEquals(line, new String(new ToolOptionsLineFilter(child, REWRITE, UTF_8).readAllBytes(), UTF_8));
    }

    private static String withoutSubcov(List<Write> writes) {
        StringBuilder out = new StringBuilder();
        for (Write write : writes) {
            out.append(write.withoutSubcov());
        }
        return out.toString();
    }

    /**
     * A pipe that a child writes to one {@code write} at a time: {@link #available} counts only
     * what has arrived, as a pipe does. Unless {@link #arrive} is called, each write arrives when
     * the reader has taken the last one.
     */
    private static final class Writes extends InputStream {
        private final List<byte[]> writes = new ArrayList<>();
        private final boolean arriveOnRead;
        private int next;
        private byte[] current = new byte[0];
        private int at;

        Writes(List<Write> writes) {
            this(writes, UTF_8, true);
        }

        Writes(List<Write> writes, Charset charset, boolean arriveOnRead) {
            for (Write write : writes) {
                this.writes.add(write.written().getBytes(charset));
            }
            this.arriveOnRead = arriveOnRead;
        }

        void arrive() {
            byte[] bytes = writes.get(next++);
            byte[] joined = new byte[current.length - at + bytes.length];
            System.arraycopy(current, at, joined, 0, current.length - at);
            System.arraycopy(bytes, 0, joined, current.length - at, bytes.length);
            current = joined;
            at = 0;
        }

        @Override
        public int read() {
            throw new AssertionError("the filter reads in blocks");
        }

        @Override
        public int read(byte[] b, int off, int len) {
            while (at == current.length) {
                if (next == writes.size()) {
                    return -1;
                }
                if (!arriveOnRead) {
                    throw new AssertionError("a read would wait for output that has not come");
                }
                arrive();
            }
            int n = Math.min(len, current.length - at);
            System.arraycopy(current, at, b, off, n);
            at += n;
            return n;
        }

        @Override
        public int available() {
            return current.length - at;
        }
    }
}
