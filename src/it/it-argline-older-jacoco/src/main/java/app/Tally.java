package app;

/** Counts in the child; adds in the test JVM. */
public final class Tally {

    private Tally() {
    }

    public static void main(String[] args) {
        System.out.println("tally " + count(4));
    }

    static int count(int n) {
        int total = 0;
        for (int i = 1; i <= n; i++) {
            total += i;
        }
        return total;
    }

    public static int add(int a, int b) {
        return a + b;
    }
}
