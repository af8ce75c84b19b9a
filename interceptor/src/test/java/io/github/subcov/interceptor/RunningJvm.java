package io.github.subcov.interceptor;

import io.github.subcov.interceptor.CoveredJvm.Run;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * A JVM started in the background, as a test's server would be: the test watches its output,
 * signals or kills it from outside, and then collects how it ended. Its output goes to files, so
 * nothing the test does can block it on a full pipe.
 */
final class RunningJvm implements AutoCloseable {

    private final List<String> command;
    private final Process process;
    private final Path out;
    private final Path err;

    private RunningJvm(List<String> command, Process process, Path out, Path err) {
        this.command = command;
        this.process = process;
        this.out = out;
        this.err = err;
    }

    static RunningJvm start(List<String> command) throws IOException {
        Path out = Files.createTempFile("subcov-it", ".out");
        Path err = Files.createTempFile("subcov-it", ".err");
        Process process = Run.builder(command, Map.of(), out, err).start();
        return new RunningJvm(command, process, out, err);
    }

    long pid() {
        return process.pid();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** Waits until the JVM has written the text to its standard output. */
    void awaitOutput(String text) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(CoveredJvm.TIMEOUT_SECONDS);
        while (!stdout().contains(text)) {
            if (!process.isAlive() || System.nanoTime() > deadline) {
                fail("never wrote " + text + ": " + describe());
            }
            Thread.sleep(5);
        }
    }

    /** Writes a line to the JVM's standard input. */
    void send(String line) throws IOException {
        OutputStream in = process.getOutputStream();
        in.write((line + "\n").getBytes(StandardCharsets.UTF_8));
        in.flush();
    }

    /** Sends a signal from outside with {@code kill(1)}, as a CI runner or a user would. */
    void signal(String name) throws IOException, InterruptedException {
        Process kill = new ProcessBuilder("kill", "-" + name, Long.toString(pid())).inheritIO().start();
        assertEquals(0, kill.waitFor(), "kill -" + name + " " + pid());
    }

    /** Waits for the JVM to end and returns how it ended and everything it wrote. */
    Run finish() throws IOException, InterruptedException {
        if (!process.waitFor(CoveredJvm.TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            fail("still running after " + CoveredJvm.TIMEOUT_SECONDS + " s: " + describe());
        }
        return new Run(command, process.exitValue(), Files.readAllBytes(out), Files.readAllBytes(err));
    }

    String describe() {
        try {
            return (process.isAlive() ? "running " : "exit " + process.exitValue() + " of ") + command
                    + "\n--- stdout\n" + stdout() + "--- stderr\n" + Files.readString(err);
        } catch (IOException e) {
            return command + " (output unreadable: " + e + ")";
        }
    }

    private String stdout() throws IOException {
        // bytes, not Files.readString: a read may end inside a UTF-8 character
        return new String(Files.readAllBytes(out), StandardCharsets.UTF_8);
    }

    @Override
    public void close() throws IOException, InterruptedException {
        // gone before the test's directory is deleted, or it would write into it
        process.destroyForcibly().waitFor(CoveredJvm.TIMEOUT_SECONDS, TimeUnit.SECONDS);
        Files.deleteIfExists(out);
        Files.deleteIfExists(err);
    }
}
