package shop;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class GreeterTest {

    @Test
    void greetsNobody() {
        assertEquals("hello?", Greeter.greet(""));
    }

    @Test
    void theServerGreets() throws Exception {
        Process server = new ProcessBuilder(System.getProperty("java.home") + "/bin/java", "-cp",
                new File("target/classes").getAbsolutePath(), "shop.Server", "shard").start();
        assertEquals("hello shard\n", new String(server.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
        assertEquals(0, server.waitFor());
    }
}
