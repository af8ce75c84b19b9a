package example;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Starts the server as a separate JVM, the way integration tests of real services do. */
class GreetingServerTest {

    static Process server;
    static int port;

    @BeforeAll
    static void startServer() throws Exception {
        server = new ProcessBuilder(System.getProperty("java.home") + "/bin/java", "-cp",
                new File("target/classes").getAbsolutePath(), "example.GreetingServer").start();
        String line = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8)).readLine();
        port = Integer.parseInt(line.substring("listening on ".length()));
    }

    @AfterAll
    static void stopServer() throws Exception {
        server.destroy();
        server.waitFor();
    }

    static String get(String path) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode());
        return response.body();
    }

    @Test
    void greetsByName() throws Exception {
        assertEquals("hello, Ada", get("/hello?name=ada"));
    }

    @Test
    void isHealthy() throws Exception {
        assertEquals("ok", get("/health"));
    }

    @Test
    void saysGoodbyeInProcess() {
        assertEquals("goodbye, Ada", Greetings.farewell("Ada"));
    }
}
