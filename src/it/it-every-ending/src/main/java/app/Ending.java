package app;

/** A child that ends the way its argument says; each way first runs its own method. */
public final class Ending {

    private Ending() {
    }

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "exit-from-thread":
                Thread exiter = new Thread(() -> System.exit(exitFromThread()));
                exiter.start();
                exiter.join();
                break;
            case "uncaught":
                uncaught();
                break;
            case "halt":
                Runtime.getRuntime().halt(halt());
                break;
            case "halt-in-hook":
                Runtime.getRuntime().addShutdownHook(new Thread(() -> Runtime.getRuntime().halt(0)));
                System.exit(haltInHook());
                break;
            case "sigterm":
                waitToBeStopped(sigterm());
                break;
            case "destroy-forcibly":
                waitToBeStopped(destroyForcibly());
                break;
            case "killed-early":
                waitToBeStopped("killed-early");
                break;
            default:
                waitToBeStopped(sigkill());
        }
    }

    static int exitFromThread() {
        return 3;
    }

    static void uncaught() {
        throw new IllegalStateException("uncaught on purpose");
    }

    static int halt() {
        return 5;
    }

    static int haltInHook() {
        return 0;
    }

    static String sigterm() {
        return "sigterm";
    }

    static String destroyForcibly() {
        return "destroy-forcibly";
    }

    static String sigkill() {
        return "sigkill";
    }

    /** Says it is ready, then blocks until the parent ends it. */
    static void waitToBeStopped(String name) throws InterruptedException {
        System.out.println("ready " + name);
        Thread.sleep(60_000);
    }
}
