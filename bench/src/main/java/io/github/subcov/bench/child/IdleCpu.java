package io.github.subcov.bench.child;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * Runs in a measured JVM: loads and runs the generated classes, lets the JVM settle (the JIT
 * backlog of a busy start, the checkpoint that writes the new data), then sits idle and prints,
 * in nanoseconds, the CPU time the whole process used while idle, the idle wall time, and the
 * CPU time of subcov's checkpoint thread in that window (-1 without subcov); then how many
 * classes the JVM had loaded. What a JVM with subcov uses beyond one with JaCoCo alone is the
 * cost of its checkpoints.
 */
public final class IdleCpu {

    static final String CHECKPOINT_THREAD = "subcov-checkpoint";

    private IdleCpu() {
    }

    public static void main(String[] args) throws Exception {
        long idleMillis = Long.parseLong(args[0]);
        long settleMillis = Long.parseLong(args[1]);
        int classes = Integer.parseInt(args[2]);
        Object checksum = Class.forName("app.Main").getMethod("run", int.class).invoke(null, classes);
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long loaded = ManagementFactory.getClassLoadingMXBean().getLoadedClassCount();
        Thread.sleep(settleMillis);
        long checkpointThread = threadId(CHECKPOINT_THREAD);
        long threadStart = checkpointThread < 0 ? 0 : threads.getThreadCpuTime(checkpointThread);
        long cpuStart = os.getProcessCpuTime();
        long wallStart = System.nanoTime();
        Thread.sleep(idleMillis);
        long cpu = os.getProcessCpuTime() - cpuStart;
        long wall = System.nanoTime() - wallStart;
        long thread = checkpointThread < 0 ? -1 : threads.getThreadCpuTime(checkpointThread) - threadStart;
        System.out.println(cpu + " " + wall + " " + thread + " " + loaded + " " + checksum);
    }

    private static long threadId(String name) {
        for (Thread thread : Thread.getAllStackTraces().keySet()) {
            if (thread.getName().equals(name)) {
                return thread.getId();
            }
        }
        return -1;
    }
}
