package io.github.subcov.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One measured process: started, waited for, timed from {@code start()} to the end of
 * {@code waitFor()}. Output goes to files, so a chatty process does not block on a pipe and
 * reading it costs nothing while the clock runs.
 */
public final class Launch {

    private static final long TIMEOUT_MINUTES = 10;

    private final List<String> command;
    private final Path directory;
    private boolean stderrAllowed;

    private Launch(List<String> command, Path directory) {
        this.command = command;
        this.directory = directory;
    }

    /** {@code java <options> <arguments>} with the JDK the harness runs on. */
    public static Launch java(BenchFiles files, Path directory, List<String> options, String... arguments) {
        List<String> command = new ArrayList<String>();
        command.add(files.java());
        command.addAll(options);
        command.addAll(List.of(arguments));
        return new Launch(command, directory);
    }

    public static Launch java(BenchFiles files, Path directory, List<String> options, List<String> arguments) {
        return java(files, directory, options, arguments.toArray(new String[0]));
    }

    /** By default any output on stderr fails the run: an agent that printed a warning is not measured. */
    public Launch allowingStderr() {
        stderrAllowed = true;
        return this;
    }

    /** The finished process: wall time, stdout. */
    public static final class Finished {
        public final long wallNanos;
        public final String stdout;

        Finished(long wallNanos, String stdout) {
            this.wallNanos = wallNanos;
            this.stdout = stdout;
        }

        public double wallMillis() {
            return wallNanos / 1e6;
        }
    }

    public Finished run() throws IOException, InterruptedException {
        Path out = directory.resolve("stdout.txt");
        ProcessBuilder builder = builder().redirectOutput(out.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
        long start = System.nanoTime();
        Process process = builder.start();
        boolean ended = process.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES);
        long wall = System.nanoTime() - start;
        String stdout = ended ? Files.readString(out, StandardCharsets.UTF_8) : "";
        checkEnded(process, ended, stdout);
        return new Finished(wall, stdout);
    }

    /**
     * Starts the process to talk to: its stdin and stdout are pipes; stderr goes to a file as for
     * {@link #run}. {@link #awaitEnd} then checks it as {@code run} does.
     */
    public Process startTalking() throws IOException {
        return builder().start();
    }

    /** Closes the talking process's stdin, waits for it to end and fails as {@link #run} does. */
    public void awaitEnd(Process process) throws IOException, InterruptedException {
        process.getOutputStream().close();
        checkEnded(process, process.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES), "");
    }

    private ProcessBuilder builder() throws IOException {
        Files.createDirectories(directory);
        return new ProcessBuilder(command).directory(directory.toFile())
                .redirectError(directory.resolve("stderr.txt").toFile());
    }

    private void checkEnded(Process process, boolean ended, String stdout) throws IOException, InterruptedException {
        if (!ended) {
            process.destroyForcibly().waitFor();
            throw new IllegalStateException("still running after " + TIMEOUT_MINUTES + " min: " + shown());
        }
        String stderr = Files.readString(directory.resolve("stderr.txt"), StandardCharsets.UTF_8);
        if (process.exitValue() != 0 || (!stderrAllowed && !stderr.isEmpty())) {
            throw new IllegalStateException("exit " + process.exitValue() + " of " + shown() + "\nstderr: "
                    + tail(stderr) + "\nstdout: " + tail(stdout));
        }
    }

    private String shown() {
        String joined = String.join(" ", command);
        return joined.length() > 600 ? joined.substring(0, 600) + " ..." : joined;
    }

    private static String tail(String text) {
        return text.length() > 2000 ? "..." + text.substring(text.length() - 2000) : text;
    }
}
