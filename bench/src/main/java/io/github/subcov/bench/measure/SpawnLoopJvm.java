package io.github.subcov.bench.measure;

import io.github.subcov.bench.BenchFiles;
import io.github.subcov.bench.child.SpawnLoop;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A running {@link SpawnLoop} JVM, asked for one turn of spawns at a time. Its stderr goes to a
 * file and must stay empty, as for every measured JVM; it ends when its stdin closes.
 */
final class SpawnLoopJvm implements AutoCloseable {

    private final Process process;
    private final Writer requests;
    private final BufferedReader answers;
    private final Path stderr;

    private SpawnLoopJvm(Process process, Path stderr) {
        this.process = process;
        this.requests = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
        this.answers = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        this.stderr = stderr;
    }

    static SpawnLoopJvm start(BenchFiles files, Path directory, List<String> options, boolean hookExpected,
            boolean explicitEnvironment) throws IOException {
        Files.createDirectories(directory);
        List<String> command = new ArrayList<String>();
        command.add(files.java());
        command.addAll(options);
        command.addAll(List.of("-cp", files.harnessClasses().toString(), SpawnLoop.class.getName(),
                String.valueOf(hookExpected), String.valueOf(explicitEnvironment)));
        Path stderr = directory.resolve("stderr.txt");
        Process process = new ProcessBuilder(command).directory(directory.toFile())
                .redirectError(stderr.toFile()).start();
        return new SpawnLoopJvm(process, stderr);
    }

    /** Starts {@code count} children, one after the other, and returns the milliseconds per child. */
    double millisPerSpawn(int count) throws IOException {
        requests.write(count + "\n");
        requests.flush();
        String answer = answers.readLine();
        if (answer == null) {
            throw new IllegalStateException("the spawn loop ended early; stderr: " + Files.readString(stderr));
        }
        return Long.parseLong(answer.trim()) / 1e6 / count;
    }

    @Override
    public void close() throws IOException, InterruptedException {
        requests.close();
        boolean ended = process.waitFor(1, TimeUnit.MINUTES);
        if (!ended) {
            process.destroyForcibly().waitFor();
        }
        String errors = Files.readString(stderr, StandardCharsets.UTF_8);
        if (!ended || process.exitValue() != 0 || !errors.isEmpty()) {
            throw new IllegalStateException("the spawn loop " + (ended ? "exited with " + process.exitValue()
                    : "did not end") + "; stderr: " + errors);
        }
    }
}
