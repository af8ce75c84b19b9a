package cli;

/** Run by its module's test JVM and by a child. */
public final class Cli {

    private Cli() {
    }

    public static void main(String[] args) {
        System.out.println(usage());
    }

    public static String usage() {
        return "usage: cli";
    }

    public static String version() {
        return "1.0";
    }
}
