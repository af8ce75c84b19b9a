package io.github.subcov.interceptor;

import fixtures.ShowProperties;
import io.github.subcov.interceptor.CoveredJvm.Run;
import io.github.subcov.interceptor.launch.JvmOptionsText;
import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The real JVM is the judge of {@link JvmOptionsText}: it reads a {@code JAVA_TOOL_OPTIONS} full of
 * quoting cases, and every {@code -D} value it reports must be the one that {@code tokens} reads
 * and that {@code quote} meant.
 */
class JvmOptionsParsingIT {

    /** Values that {@code quote} must get through the JVM's parser unchanged. */
    private static final List<String> QUOTED = List.of(
            "plain", "a b", "tab\there", "it's", "say \"hi\"", "both ' and \" here", "\"'\"'", "'", "\"",
            "ends with space ", "x=y,z=w", "/dir with space/subcov-interceptor.jar=parent=a,config=/b c/d");

    /** Raw option text as a user may write it, quoted in ways that {@code quote} never produces. */
    private static final String RAW = "-Dr0=\"a b\"  -Dr1='c \"d\"'\t-Dr2=e\"f g\"h\n-Dr3='' -Dr4=x\u000B-Dr5=y"
            + " -Dr6=\"\"'' -Dr7='a'\"b\"c";

    private static final String NON_ASCII = " -Dn0=\u00e9\u5b57\ud83d\ude00 -Dn1=x\u2003y -Dn2=x\u001cy -Dn3=\"\u00fc \u00fc\"";

    @Test
    void jvmReadsEveryTokenAsJvmOptionsTextDoes() {
        StringBuilder text = new StringBuilder(RAW);
        for (int i = 0; i < QUOTED.size(); i++) {
            text.append(' ').append(JvmOptionsText.quote("-Dq" + i + "=" + QUOTED.get(i)));
        }
        if (Charset.forName(System.getProperty("sun.jnu.encoding", "UTF-8")).newEncoder().canEncode(NON_ASCII)) {
            text.append(NON_ASCII);
        }
        List<String> keys = new ArrayList<>();
        List<String> expected = new ArrayList<>();
        for (JvmOptionsText.Token token : JvmOptionsText.tokens(text.toString())) {
            int equals = token.value.indexOf('=');
            keys.add(token.value.substring(2, equals));
            expected.add(keys.get(keys.size() - 1) + "=" + hex(token.value.substring(equals + 1)));
        }
        for (int i = 0; i < QUOTED.size(); i++) {
            assertEquals("q" + i + "=" + hex(QUOTED.get(i)), expected.get(keys.indexOf("q" + i)), "quote of " + QUOTED.get(i));
        }

        Run run = CoveredJvm.Run.of(command(keys), Map.of("JAVA_TOOL_OPTIONS", text.toString(), "LC_ALL", "C.UTF-8"));

        assertEquals(0, run.exitCode(), run::describe);
        List<String> seen = run.out().lines().collect(Collectors.toList());
        assertEquals(expected, seen, run::describe);
    }

    private static List<String> command(List<String> keys) {
        List<String> command = new ArrayList<>(List.of(CoveredJvm.JAVA, "-cp", CoveredJvm.TEST_CLASSES.toString(),
                ShowProperties.class.getName()));
        command.addAll(keys);
        return command;
    }

    private static String hex(String value) {
        return value.isEmpty() ? "" : value.codePoints().mapToObj(Integer::toHexString).collect(Collectors.joining(" "));
    }
}
