package app;

/** The application under test; only the JVMs the tests start run it. */
public final class Greeter {

    private Greeter() {
    }

    public static void main(String[] args) {
        System.out.println(greet(args.length > 0 ? args[0] : "world"));
        System.out.println("max-heap-mb " + Runtime.getRuntime().maxMemory() / (1024 * 1024));
    }

    static String greet(String name) {
        String greeting = "hello " + name;
        return greeting;
    }

    /** Called by the tests themselves, in the test JVM. */
    public static String banner() {
        return "greeter";
    }
}
