package shop;

public final class Greeter {
    private Greeter() {
    }

    public static String greet(String name) {
        if (name.isEmpty()) {
            return "hello?";
        }
        return "hello " + name;
    }
}
