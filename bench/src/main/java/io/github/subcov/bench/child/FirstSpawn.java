package io.github.subcov.bench.child;

/**
 * Runs in a measured JVM: prints how many nanoseconds its first child, {@code /bin/true}, took
 * from {@code start()} to the end of {@code waitFor()}. With subcov that includes weaving
 * {@code ProcessImpl} and everything the launch rewriting loads the first time. A second line
 * says whether the hook was live ({@link HookProbe}), found after the clock stopped.
 */
public final class FirstSpawn {

    private FirstSpawn() {
    }

    public static void main(String[] args) throws Exception {
        long start = System.nanoTime();
        int exit = new ProcessBuilder("/bin/true").start().waitFor();
        long nanos = System.nanoTime() - start;
        if (exit != 0) {
            throw new IllegalStateException("/bin/true exited with " + exit);
        }
        System.out.println(nanos);
        System.out.println(HookProbe.childSeesSubcov());
    }
}
