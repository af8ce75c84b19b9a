package extra;

public final class Unbuilt {
    private Unbuilt() {
    }

    public static int one() {
        return 1;
    }
}
