package app;

/** A class with a non-ASCII name in a directory with spaces. */
public final class Résumé {

    private Résumé() {
    }

    public static void main(String[] args) {
        System.out.println(args[0].equals("direct") ? direct() : shell());
    }

    static String direct() {
        return "direct";
    }

    static String shell() {
        return "shell";
    }

    /** Run by the test JVM. */
    public static String title() {
        return "résumé";
    }
}
