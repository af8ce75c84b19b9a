package app;

public final class Calc {
    private Calc() {
    }

    public static int add(int a, int b) {
        return a + b;
    }

    public static int scale(int value, int factor) {
        if (factor < 0) {
            throw new IllegalArgumentException("negative factor " + factor);
        }
        return value * factor;
    }
}
