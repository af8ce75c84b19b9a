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
        Files.createDirectories(directory);
        Path out = directory.resolve("stdout.txt");
        Path err = directory.resolve("stderr.txt");
        ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
        long start = System.nanoTime();
        Process process = builder.start();
        boolean ended = process.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES);
        long wall = System.nanoTime() - start;
        if (!ended) {
            process.destroyForcibly().waitFor();
            throw new IllegalStateException("still running after " + TIMEOUT_MINUTES + " min: " + shown());
        }
        String stdout = Files.readString(out, StandardCharsets.UTF_8);
        String stderr = Files.readString(err, StandardCharsets.UTF_8);
        if (process.exitValue() != 0 || (!stderrAllowed && !stderr.isEmpty())) {
            throw new IllegalStateException("exit " + process.exitValue() + " of " + shown() + "\nstderr: "
                    + tail(stderr) + "\nstdout: " + tail(stdout));
        }
        return new Finished(wall, stdout);
    }

    private String shown() {
        String joined = String.join(" ", command);
        return joined.length() > 600 ? joined.substring(0, 600) + " ..." : joined;
    }

    private static String tail(String text) {
        return text.length() > 2000 ? "..." + text.substring(text.length() - 2000) : text;
    }
}
