package app;

import java.nio.file.Files;
import java.nio.file.Path;

/** Run by exec:exec in module beta while the other module's tool runs too (-T 2). */
public final class Beta {

    private Beta() {
    }

    public static void main(String[] args) throws Exception {
        Path meetings = Path.of(args[0]);
        Files.createDirectories(meetings);
        Files.writeString(meetings.resolve("beta"), "started");
        for (int i = 0; i < 400 && !Files.exists(meetings.resolve("alpha")); i++) {
            Thread.sleep(50);
        }
        work(Files.exists(meetings.resolve("alpha")));
    }

    static void work(boolean together) {
        String who = "beta";
        System.out.println(who + " ran " + (together ? "beside alpha" : "alone"));
    }
}
