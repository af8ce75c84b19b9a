package app;

import java.nio.file.Files;
import java.nio.file.Path;

/** Run by exec:exec in module alpha while the other module's tool runs too (-T 2). */
public final class Alpha {

    private Alpha() {
    }

    public static void main(String[] args) throws Exception {
        Path meetings = Path.of(args[0]);
        Files.createDirectories(meetings);
        Files.writeString(meetings.resolve("alpha"), "started");
        for (int i = 0; i < 400 && !Files.exists(meetings.resolve("beta")); i++) {
            Thread.sleep(50);
        }
        work(Files.exists(meetings.resolve("beta")));
    }

    static void work(boolean together) {
        String who = "alpha";
        System.out.println(who + " ran " + (together ? "beside beta" : "alone"));
    }
}
