package app;

public final class Platform {
    private Platform() {
    }

    public static String name() {
        int feature = Runtime.version().feature();
        return "java " + feature;
    }
}
