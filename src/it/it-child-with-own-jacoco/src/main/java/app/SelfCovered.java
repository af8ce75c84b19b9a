package app;

/** A child that counts the JaCoCo agents it was started with. */
public final class SelfCovered {

    private SelfCovered() {
    }

    public static void main(String[] args) {
        long agents = java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(a -> a.startsWith("-javaagent") && a.contains("jacoco")).count();
        System.out.println("jacoco agents " + agents);
    }
}
