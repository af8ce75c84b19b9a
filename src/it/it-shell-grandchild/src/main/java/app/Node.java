package app;

import java.io.File;
import java.nio.charset.StandardCharsets;

/** One link of a process chain; each depth runs its own method. */
public final class Node {

    static final String JAVA = System.getProperty("java.home") + "/bin/java";
    /** A secret on a command line, which manifests and the report mask; put together, so that no page of this source shows it. */
    static final String SECRET = "hunter" + 2;

    private Node() {
    }

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "shell": viaShell(); break;
            case "script": viaScript(); break;
            case "level1": level1(); break;
            case "level2": level2(); break;
            default: level3();
        }
    }

    static void viaShell() {
        System.out.println("shell");
    }

    static void viaScript() {
        System.out.println("script");
    }

    /** Starts level 2 through a shell. */
    static void level1() throws Exception {
        String classes = System.getProperty("java.class.path");
        System.out.print(run(new ProcessBuilder("/bin/sh", "-c",
                "'" + JAVA + "' -cp '" + classes + "' app.Node level2")));
    }

    /** Starts level 3 as a direct java child, with a password and a token among its arguments. */
    static void level2() throws Exception {
        System.out.println("level2");
        System.out.print(run(new ProcessBuilder(JAVA, "-Dpassword=" + SECRET, "-cp", System.getProperty("java.class.path"),
                "app.Node", "level3", "--token", SECRET)));
    }

    static void level3() {
        System.out.println("level3 in " + new File(".").getAbsoluteFile().getParentFile().getName());
    }

    static String run(ProcessBuilder builder) throws Exception {
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IllegalStateException("exit " + process.exitValue());
        }
        return out;
    }
}
