package app;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;

/** A server: it serves, marks that it is up, serves once more on a line of input, and runs until killed. */
public final class Daemon {

    private Daemon() {
    }

    public static void main(String[] args) throws Exception {
        Files.writeString(Path.of(args[0]), serve("warm-up"));
        new BufferedReader(new InputStreamReader(System.in)).readLine();
        Files.writeString(Path.of(args[1]), later("again"));
        Thread.sleep(600_000);
    }

    static String serve(String request) {
        String answer = "served " + request;
        return answer;
    }

    static String later(String request) {
        String answer = "later " + request;
        return answer;
    }
}
