package engine;

/** Runs in a child JVM started by the engine's tests. */
public final class Engine {

    private Engine() {
    }

    public static void main(String[] args) {
        System.out.println("engine " + spin(3));
    }

    static int spin(int turns) {
        return turns * 120;
    }
}
