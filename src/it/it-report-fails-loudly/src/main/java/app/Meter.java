package app;

/** Run by the test JVM. */
public final class Meter {

    private Meter() {
    }

    public static int read() {
        return 42;
    }
}
