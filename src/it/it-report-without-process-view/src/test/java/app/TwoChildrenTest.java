package app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TwoChildrenTest {

    @Test
    void evenAndOdd() throws Exception {
        String java = System.getProperty("java.home") + "/bin/java";
        String classes = new File("target/classes").getAbsolutePath();
        for (int shard = 2; shard <= 3; shard++) {
            Process child = new ProcessBuilder(java, "-cp", classes, "app.Shard", Integer.toString(shard)).start();
            String out = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            assertEquals(0, child.waitFor());
            assertEquals(shard == 2 ? 1 : 10, Integer.parseInt(out));
        }
    }
}
