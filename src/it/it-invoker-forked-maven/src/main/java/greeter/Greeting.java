package greeter;

/** The greeting the mojo writes. */
final class Greeting {

    private Greeting() {
    }

    static String of(String name) {
        String who = name.isBlank() ? "nobody" : name;
        return "Hello, " + who + "!";
    }

    static String loud(String name) {
        return of(name).toUpperCase();
    }
}
