package app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class EchoServerIT {

    @Test
    void failsafeJvmRunsItsOwnCode() {
        assertEquals("echo server", EchoServer.describe());
    }

    @Test
    void literalArgLineStillApplies() {
        assertEquals("failsafe", System.getProperty("mode"));
    }

    @Test
    void serverAnswersOverLoopback() throws Exception {
        Process server = new ProcessBuilder(System.getProperty("java.home") + "/bin/java", "-cp",
                new File("target/classes").getAbsolutePath(), "app.EchoServer").start();
        BufferedReader serverOut = new BufferedReader(
                new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
        int port = Integer.parseInt(serverOut.readLine().trim());
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port);
                PrintWriter out = new PrintWriter(socket.getOutputStream(), true, StandardCharsets.UTF_8);
                BufferedReader in = new BufferedReader(
                        new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8))) {
            out.println("ping");
            assertEquals("echo ping", in.readLine());
        }
        assertEquals(0, server.waitFor());
    }
}
