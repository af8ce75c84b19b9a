package app;

/** A command-line tool that the build itself runs, once with exec:exec and once from an Ant java task. */
public final class Tool {

    private Tool() {
    }

    public static void main(String[] args) {
        if (args[0].equals("exec")) {
            viaExec();
        } else {
            viaAntrun();
        }
    }

    static void viaExec() {
        String how = "exec:exec";
        System.out.println("tool run by " + how);
    }

    static void viaAntrun() {
        String how = "antrun";
        System.out.println("tool run by " + how);
    }

    static void neverRun() {
        System.out.println("never");
    }
}
