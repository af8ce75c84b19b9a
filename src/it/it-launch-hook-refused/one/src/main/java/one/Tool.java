package one;

/** Run by a unit test, and by exec:exec from Maven's own JVM. */
public final class Tool {

    private Tool() {
    }

    public static void main(String[] args) {
        fromExec();
    }

    static String fromTest() {
        String how = "a test";
        return "tool run by " + how;
    }

    static void fromExec() {
        String how = "exec:exec";
        System.out.println("tool run by " + how);
    }
}
