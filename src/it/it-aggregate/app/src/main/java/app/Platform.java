package app;

public final class Platform {
    private Platform() {
    }

    public static String name() {
        return "base";
    }
}
