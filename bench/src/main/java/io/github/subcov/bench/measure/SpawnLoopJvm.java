package io.github.subcov.bench.measure;

import io.github.subcov.bench.BenchFiles;
import io.github.subcov.bench.Launch;
import io.github.subcov.bench.child.HookSwitchLoop;
import io.github.subcov.bench.child.SpawnLoop;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A running {@link SpawnLoop} or {@link HookSwitchLoop} JVM, asked for one turn of spawns at a time,
 * or another JVM that answers each request line with a line of numbers; it ends when its stdin closes.
 */
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

    static SpawnLoopJvm start(BenchFiles files, Path directory, List<String> options, Class<?> loop,
            String... arguments) throws IOException {
        return start(files, directory, options, files.harnessClasses().toString(), loop, arguments);
    }

    /** The same with another class path than the harness's classes alone. */
    static SpawnLoopJvm start(BenchFiles files, Path directory, List<String> options, String classPath,
            Class<?> loop, String... arguments) throws IOException {
        List<String> command = new ArrayList<String>(List.of("-cp", classPath, loop.getName()));
        command.addAll(List.of(arguments));
        Launch launch = Launch.java(files, directory, options, command);
        return new SpawnLoopJvm(launch, launch.startTalking());
    }

    /** Starts {@code count} children, one after the other, and returns the milliseconds per child. */
    double millisPerSpawn(int count) throws IOException, InterruptedException {
        return turn(count)[0] / 1e6 / count;
    }

    /** Asks for one turn of {@code count} spawns; returns the nanoseconds the answer lists. */
    long[] turn(int count) throws IOException, InterruptedException {
        return ask(Integer.toString(count));
    }

    /** Sends one request line; returns the numbers of the answer line. */
    long[] ask(String request) throws IOException, InterruptedException {
        requests.write(request + "\n");
        requests.flush();
        String answer = answers.readLine();
        if (answer == null) {
            launch.awaitEnd(process);
            throw new IllegalStateException("the spawn loop ended early without an error");
        }
        String[] fields = answer.trim().split(" ");
        long[] nanos = new long[fields.length];
        for (int i = 0; i < fields.length; i++) {
            nanos[i] = Long.parseLong(fields[i]);
        }
        return nanos;
    }

    @Override
    public void close() throws IOException, InterruptedException {
        launch.awaitEnd(process);
    }
}
