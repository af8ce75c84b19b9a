package app;

/** A child that counts the -javaagent options naming JaCoCo or subcov that it was started with. */
public final class SelfCovered {

    private SelfCovered() {
    }

    static String work(long agents) {
        return agents > 1 ? "with subcov" : "alone";
    }

    public static void main(String[] args) {
        long agents = java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(a -> a.startsWith("-javaagent") && (a.contains("jacoco") || a.contains("subcov"))).count();
        System.out.println("jacoco agents " + agents);
        System.out.println(work(agents));
    }
}
