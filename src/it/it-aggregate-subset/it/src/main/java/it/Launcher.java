package it;

import java.nio.charset.StandardCharsets;

public final class Launcher {
    private Launcher() {
    }

    public static String run(String jar, String argument) throws Exception {
        Process child = new ProcessBuilder(System.getProperty("java.home") + "/bin/java", "-cp", jar, "app.Main",
                argument).redirectErrorStream(true).start();
        String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (child.waitFor() != 0) {
            throw new IllegalStateException(output);
        }
        return output;
    }
}
