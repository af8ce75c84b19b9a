package app;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A server that stops when asked, as a Spring Boot application does on spring-boot:stop, and
 * whose shutdown hook still has work to do after the build has moved on to the report.
 */
public final class Server {

    /** The request of subcov's report for a snapshot: the hook's late work waits for it. */
    private static final String REPORT_ASKED = "all.dump";

    private Server() {
    }

    public static void main(String[] args) throws Exception {
        Path up = Path.of(args[0]);
        Path stop = Path.of(args[1]);
        File dataDirectory = new File(args[2]);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> lateShutdown(dataDirectory)));
        Files.writeString(up, "up");
        while (!Files.exists(stop)) {
            Thread.sleep(10);
        }
        System.exit(0);
    }

    /**
     * Runs its last code only once the report has asked for a snapshot, and some time after that,
     * so a snapshot taken at the request misses it; without a request it gives up after 5 s.
     */
    private static void lateShutdown(File dataDirectory) {
        try {
            for (int i = 0; i < 500 && !new File(dataDirectory, REPORT_ASKED).exists(); i++) {
                Thread.sleep(10);
            }
            Thread.sleep(300);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
        farewell();
    }

    static String farewell() {
        String words = "stopped";
        return words;
    }
}
