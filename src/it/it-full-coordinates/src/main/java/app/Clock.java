package app;

/** Formats durations: the child formats minutes, the test JVM seconds. */
public final class Clock {

    private Clock() {
    }

    public static void main(String[] args) {
        System.out.println(minutes(125));
    }

    static String minutes(int seconds) {
        return seconds / 60 + "m" + seconds % 60 + "s";
    }

    public static String seconds(int seconds) {
        return seconds + "s";
    }
}
