package app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

class GreetingIT {

    private final HttpClient client = HttpClient.newHttpClient();

    @Test
    void greetsByName() throws Exception {
        assertEquals("Hello, Ada", get("/greet?name=Ada"));
    }

    @Test
    void greetsStranger() throws Exception {
        assertEquals("Hello, stranger", get("/greet"));
    }

    private String get(String path) throws Exception {
        URI uri = URI.create("http://127.0.0.1:" + System.getProperty("app.port") + path);
        return client.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString()).body();
    }
}
