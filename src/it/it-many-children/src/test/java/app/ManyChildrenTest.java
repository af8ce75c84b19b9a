package app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ManyChildrenTest {

    @Test
    void twentyFourAtOnce() throws Exception {
        String java = System.getProperty("java.home") + "/bin/java";
        String classes = new File("target/classes").getAbsolutePath();
        List<Process> shards = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            shards.add(new ProcessBuilder(java, "-cp", classes, "app.Shard", Integer.toString(i)).start());
        }
        for (int i = 0; i < 24; i++) {
            Process shard = shards.get(i);
            String out = new String(shard.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            assertEquals(0, shard.waitFor());
            assertEquals(i % 2 == 0 ? i / 2 : i * 3 + 1, Integer.parseInt(out));
        }
    }
}
