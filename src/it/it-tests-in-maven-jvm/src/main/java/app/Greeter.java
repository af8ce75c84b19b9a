package app;

/** Called by one test class in a forked JVM and by the other inside Maven's own JVM. */
public final class Greeter {

    private Greeter() {
    }

    public static String banner() {
        return "greeter";
    }

    public static String greet(String name) {
        String greeting = "hello " + name;
        return greeting;
    }
}
