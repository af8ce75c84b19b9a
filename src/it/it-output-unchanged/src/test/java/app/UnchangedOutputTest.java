package app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class UnchangedOutputTest {

    static final String JAVA = System.getProperty("java.home") + "/bin/java";
    static final List<String> CHILD = List.of(JAVA, "-cp", new File("target/classes").getAbsolutePath(), "app.Noisy");

    /** Exit code, stdout and stderr of one run. */
    record Run(int exit, byte[] out, byte[] err) {
    }

    static Run run(List<String> command, boolean merged) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(merged).start();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Thread errReader = new Thread(() -> copy(process.getErrorStream(), err));
        errReader.start();
        byte[] out = process.getInputStream().readAllBytes();
        errReader.join();
        return new Run(process.waitFor(), out, err.toByteArray());
    }

    static void copy(InputStream in, ByteArrayOutputStream out) {
        try {
            in.transferTo(out);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The same child with subcov's variable taken away by env(1): a run without coverage. */
    static List<String> uncovered() {
        List<String> command = new ArrayList<>(List.of("env", "-u", "JAVA_TOOL_OPTIONS"));
        command.addAll(CHILD);
        return command;
    }

    @Test
    void separateStreamsAreByteIdentical() throws Exception {
        Run covered = run(CHILD, false);
        Run plain = run(uncovered(), false);
        assertEquals(7, covered.exit());
        assertEquals(plain.exit(), covered.exit());
        assertArrayEquals(plain.out(), covered.out());
        assertArrayEquals(plain.err(), covered.err());
        assertTrue(new String(covered.err()).startsWith("err 0\n"), new String(covered.err()));
    }

    @Test
    void mergedStreamsAreByteIdentical() throws Exception {
        Run covered = run(CHILD, true);
        Run plain = run(uncovered(), true);
        assertEquals(7, covered.exit());
        assertArrayEquals(plain.out(), covered.out());
        assertEquals(0, covered.err().length);
    }
}
