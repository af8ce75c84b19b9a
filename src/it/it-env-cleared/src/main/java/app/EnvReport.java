package app;

/** Prints how many environment variables it got; each mode runs its own method. */
public final class EnvReport {

    private EnvReport() {
    }

    public static void main(String[] args) {
        switch (args[0]) {
            case "cleared": cleared(); break;
            case "exec-empty": execEmpty(); break;
            default: shell();
        }
    }

    static void cleared() {
        System.out.println("variables " + System.getenv().size());
    }

    static void execEmpty() {
        System.out.println("variables " + System.getenv().size());
    }

    static void shell() {
        System.out.println("shell");
    }
}
