package app;

/** A child that reports whether any agent reached it. */
public final class Plain {

    private Plain() {
    }

    public static void main(String[] args) {
        System.out.println("agents " + java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments()
                .stream().filter(a -> a.startsWith("-javaagent")).count());
    }
}
