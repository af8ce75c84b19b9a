package io.github.subcov.bench.jmh;

import io.github.subcov.bench.child.HookProbe;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * 2b. Later spawns: each invocation starts {@value #SPAWNS} × {@code /bin/true} one after the
 * other from one JVM; the score is the time per spawn. The JVM's first spawn happens in the
 * warm-up iteration, so this is the steady cost of the launch hook. The harness measures several
 * invocations per JVM and takes their median: one slow stretch of a shared machine then moves a
 * JVM's value less than a whole run of a thousand spawns would.
 */
@State(Scope.Benchmark)
public class SpawnBenchmark {

    public static final int SPAWNS = 200;
    /** Set by the harness in the fork: whether subcov's launch hook must be live there. */
    public static final String EXPECT_HOOK = "bench.expectSubcovHook";

    @Setup(Level.Trial)
    public void checkHook() throws Exception {
        boolean expected = Boolean.getBoolean(EXPECT_HOOK);
        if (HookProbe.childSeesSubcov() != expected) {
            throw new IllegalStateException("subcov's launch hook should " + (expected ? "" : "not ") + "be live");
        }
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @OperationsPerInvocation(SPAWNS)
    public int spawnTrue() throws Exception {
        int exits = 0;
        for (int i = 0; i < SPAWNS; i++) {
            Process process = new ProcessBuilder("/bin/true").start();
            exits += process.waitFor();
            // closed at once: a thousand pipes left to the cleaner would run into the descriptor limit
            process.getOutputStream().close();
            process.getInputStream().close();
            process.getErrorStream().close();
        }
        if (exits != 0) {
            throw new IllegalStateException("/bin/true failed " + exits + " times");
        }
        return exits;
    }
}
