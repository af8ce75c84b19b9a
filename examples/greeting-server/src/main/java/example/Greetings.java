package example;

import java.util.Locale;

/** What the server says. */
public final class Greetings {

    private Greetings() {
    }

    public static String greet(String name) {
        if (name == null || name.isBlank()) {
            return "hello, stranger";
        }
        return "hello, " + capitalize(name);
    }

    static String capitalize(String name) {
        return name.substring(0, 1).toUpperCase(Locale.ROOT) + name.substring(1);
    }

    public static String farewell(String name) {
        return "goodbye, " + name;
    }
}
