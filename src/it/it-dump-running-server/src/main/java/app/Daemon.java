package app;

import java.nio.file.Files;
import java.nio.file.Path;

/** A server that runs until someone kills it; it marks that it is up once it has served. */
public final class Daemon {

    private Daemon() {
    }

    public static void main(String[] args) throws Exception {
        Files.writeString(Path.of(args[0]), serve("warm-up"));
        Thread.sleep(600_000);
    }

    static String serve(String request) {
        String answer = "served " + request;
        return answer;
    }
}
