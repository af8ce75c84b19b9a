package app;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A command-line tool that the build itself runs: as a server started with exec:exec async that is
 * still running when the report is made, once with exec:exec when that server is up, once through a
 * shell script run by exec:exec, and once from an Ant java task.
 */
public final class Tool {

    private Tool() {
    }

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "serve" -> {
                serving();
                Files.writeString(Path.of(args[1]), "up");
                Thread.sleep(120_000);
            }
            case "exec" -> {
                awaitServer(Path.of(args[1]));
                viaExec();
            }
            case "script" -> viaScript();
            default -> viaAntrun();
        }
    }

    static void serving() {
        String how = "exec:exec async";
        System.out.println("tool serving, run by " + how);
    }

    static void viaExec() {
        String how = "exec:exec";
        System.out.println("tool run by " + how);
    }

    static void viaAntrun() {
        String how = "antrun";
        System.out.println("tool run by " + how);
    }

    static void viaScript() {
        String how = "a script";
        System.out.println("tool run by " + how);
    }

    static void neverRun() {
        System.out.println("never");
    }

    private static void awaitServer(Path ready) throws InterruptedException {
        for (int i = 0; i < 600 && !Files.exists(ready); i++) {
            Thread.sleep(50);
        }
    }
}
