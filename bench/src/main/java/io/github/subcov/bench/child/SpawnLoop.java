package io.github.subcov.bench.child;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/**
 * 2b. Runs in a measured JVM for a whole set of turns: each line on stdin is a count; the JVM
 * starts that many {@code /bin/true} one after the other, waiting for each, and answers with the
 * nanoseconds they took. The harness keeps one such JVM per variant alive and lets them take
 * turns, so every variant meets the same moment of a shared machine.
 *
 * <p>Arguments: whether subcov's launch hook must be live here ({@link HookProbe}); whether every
 * child gets an explicit environment (this JVM's own and one more variable, set once on the one
 * {@code ProcessBuilder}), as subcov gives every non-Java child its {@code JAVA_TOOL_OPTIONS}; and
 * whether subcov's hook is switched off before the spawns, so that they meet subcov loaded but idle.
 */
public final class SpawnLoop {

    /** About as long as the {@code JAVA_TOOL_OPTIONS} subcov gives a non-Java child. */
    static final String EXTRA_VALUE = "-javaagent:" + "/home/user/.m2/repository/io/github/subcov".repeat(4);

    private SpawnLoop() {
    }

    public static void main(String[] args) throws Exception {
        boolean hookExpected = Boolean.parseBoolean(args[0]);
        boolean explicitEnvironment = Boolean.parseBoolean(args[1]);
        boolean hookOff = Boolean.parseBoolean(args[2]);
        if (HookProbe.childSeesSubcov() != hookExpected) {
            System.err.println("subcov's launch hook should " + (hookExpected ? "" : "not ") + "be live here");
            System.exit(1);
        }
        if (hookOff) {
            HookSwitch.inThisJvm().set(false);
            if (HookProbe.childSeesSubcov()) {
                System.err.println("subcov's launch hook is still live after switching it off");
                System.exit(1);
            }
        }
        ProcessBuilder builder = new ProcessBuilder("/bin/true");
        if (explicitEnvironment) {
            builder.environment().put("BENCH_EXTRA_VARIABLE", EXTRA_VALUE);
        }
        BufferedReader requests = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        for (String request = requests.readLine(); request != null; request = requests.readLine()) {
            int count = Integer.parseInt(request.trim());
            long nanos = 0;
            for (int i = 0; i < count; i++) {
                nanos += spawn(builder);
            }
            System.out.println(nanos);
            System.out.flush();
        }
    }

    /** Starts the builder's child and waits for it; returns the nanoseconds from start to end. */
    static long spawn(ProcessBuilder builder) throws Exception {
        long start = System.nanoTime();
        Process process = builder.start();
        if (process.waitFor() != 0) {
            throw new IllegalStateException("/bin/true exited with " + process.exitValue());
        }
        // closed at once: thousands of pipes left to the cleaner would run into the descriptor limit
        process.getOutputStream().close();
        process.getInputStream().close();
        process.getErrorStream().close();
        return System.nanoTime() - start;
    }
}
