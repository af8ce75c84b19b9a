package app;

import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class GreetingApplication {

    /** subcov's request for a snapshot, which the report writes into the data directory. */
    private static final Path REPORT_ASKED = Path.of("target", "subcov", "all.dump");

    public static void main(String[] args) {
        // Spring runs it as the JVM exits, after spring-boot:stop has closed the context and returned
        SpringApplication.getShutdownHandlers().add(GreetingApplication::lateShutdown);
        SpringApplication.run(GreetingApplication.class, args);
    }

    /**
     * Runs its last code only once the report has asked for a snapshot, and some time after that,
     * so that the JVM is still ending when the report asks and only its exit snapshot has that
     * code; without a request it gives up after 10 s.
     */
    static void lateShutdown() {
        try {
            for (int i = 0; i < 1000 && !Files.exists(REPORT_ASKED); i++) {
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
