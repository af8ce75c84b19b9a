package app;

/** Greets in the test JVM, shouts in a JVM of its own. */
public final class Greeter {

    private Greeter() {
    }

    public static void main(String[] args) {
        System.out.println(shout(args[0]));
    }

    static String greet(String name) {
        return "Hello, " + name;
    }

    static String shout(String name) {
        String loud = name.toUpperCase();
        return "HELLO, " + loud + "!";
    }

    static String whisper(String name) {
        return "hello, " + name.toLowerCase();
    }
}
