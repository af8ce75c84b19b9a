package shop;

public final class Counter {
    private Counter() {
    }

    public static int sum(int n) {
        int total = 0;
        for (int i = 1; i <= n; i++) {
            total += i;
        }
        return total;
    }
}
