package io.github.subcov.bench.measure;

import io.github.subcov.bench.BenchFiles;
import io.github.subcov.bench.Launch;
import io.github.subcov.bench.child.SpawnLoop;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/** A running {@link SpawnLoop} JVM, asked for one turn of spawns at a time; it ends when its stdin closes. */
final class SpawnLoopJvm implements AutoCloseable {

    private final Launch launch;
    private final Process process;
    private final Writer requests;
    private final BufferedReader answers;

    private SpawnLoopJvm(Launch launch, Process process) {
        this.launch = launch;
        this.process = process;
        this.requests = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
        this.answers = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    }

    static SpawnLoopJvm start(BenchFiles files, Path directory, List<String> options, boolean hookExpected,
            boolean explicitEnvironment) throws IOException {
        Launch launch = Launch.java(files, directory, options, "-cp", files.harnessClasses().toString(),
                SpawnLoop.class.getName(), String.valueOf(hookExpected), String.valueOf(explicitEnvironment));
        return new SpawnLoopJvm(launch, launch.startTalking());
    }

    /** Starts {@code count} children, one after the other, and returns the milliseconds per child. */
    double millisPerSpawn(int count) throws IOException, InterruptedException {
        requests.write(count + "\n");
        requests.flush();
        String answer = answers.readLine();
        if (answer == null) {
            launch.awaitEnd(process);
            throw new IllegalStateException("the spawn loop ended early without an error");
        }
        return Long.parseLong(answer.trim()) / 1e6 / count;
    }

    @Override
    public void close() throws IOException, InterruptedException {
        launch.awaitEnd(process);
    }
}
