package app;

/** Prints what the JVM options it was given did. */
public final class OptionsProbe {

    private OptionsProbe() {
    }

    public static void main(String[] args) {
        if (args[0].equals("direct")) {
            direct();
        } else {
            viaShell();
        }
    }

    static void direct() {
        System.out.println(describe());
    }

    static void viaShell() {
        System.out.println(describe());
    }

    static String describe() {
        return "k=" + System.getProperty("k") + " heap<100m=" + (Runtime.getRuntime().maxMemory() < 100L * 1024 * 1024);
    }
}
