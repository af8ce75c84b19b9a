package app;

/** The application's JVM, which the build covers: each way of starting it runs its own method. */
public final class Server {

    private Server() {
    }

    public static void main(String[] args) {
        switch (args[0]) {
            case "direct": direct(); break;
            case "shell": viaShell(); break;
            default: belowWorker();
        }
    }

    static void direct() {
        System.out.println("server direct");
    }

    static void viaShell() {
        String how = "shell";
        System.out.println("server " + how);
    }

    static void belowWorker() {
        String how = "below";
        String who = "worker";
        System.out.println("server " + how + " " + who);
    }
}
