package two;

/** A second module: its test JVM is covered whatever Maven's JVM allows. */
public final class Lib {

    private Lib() {
    }

    static int twice(int value) {
        int result = value * 2;
        return result;
    }
}
