package app;

/** Run in a child JVM that the test starts; neverCalled never runs. */
public final class Worker {

    private Worker() {
    }

    public static void main(String[] args) {
        System.out.println(greet(args[0]));
    }

    static String greet(String name) {
        return "hello " + name;
    }

    static int neverCalled(int x) {
        if (x > 0) {
            return x;
        }
        return -x;
    }
}
