package app;

public final class Main {
    public static void main(String[] args) {
        System.out.println(greet(args.length == 0 ? "nobody" : args[0]));
    }

    static String greet(String name) {
        if (name.isEmpty()) {
            return "hello?";
        }
        return "hello " + name;
    }
}
