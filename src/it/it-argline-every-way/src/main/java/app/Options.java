package app;

/** Runs in the test JVM; its covered lines show that the coverage agent reached that JVM. */
public final class Options {

    private Options() {
    }

    public static String way() {
        String way = System.getProperty("way", "unnamed");
        return "way " + way;
    }
}
