package app;

import java.nio.charset.StandardCharsets;

/** A helper JVM the build does not cover (subcov.processExcludes); behind a shell it starts a Server. */
public final class Worker {

    static final String JAVA = System.getProperty("java.home") + "/bin/java";

    private Worker() {
    }

    public static void main(String[] args) throws Exception {
        if (args[0].equals("direct")) {
            direct();
        } else {
            viaShell();
        }
    }

    static void direct() {
        System.out.println("worker direct");
    }

    static void viaShell() throws Exception {
        System.out.println("worker shell");
        Process server = new ProcessBuilder(JAVA, "-cp", System.getProperty("java.class.path"), "app.Server", "below")
                .start();
        System.out.print(new String(server.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
        if (server.waitFor() != 0) {
            throw new IllegalStateException("server exit " + server.exitValue());
        }
    }
}
