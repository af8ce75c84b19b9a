package app;

import java.nio.charset.StandardCharsets;

/** Writes to both streams, in an order a test can check, and exits with 7. */
public final class Noisy {

    private Noisy() {
    }

    public static void main(String[] args) throws Exception {
        for (int i = 0; i < 3; i++) {
            System.out.println("out " + i + " ünïcödé");
            System.err.println("err " + i);
        }
        System.out.write("raw bytes \u2603\n".getBytes(StandardCharsets.UTF_8));
        System.out.flush();
        System.exit(7);
    }
}
