package dev.ordercore.server;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class GracefulShutdownIT {

    @Test
    void a_request_in_flight_when_the_server_stops_still_gets_its_answer(@TempDir Path dir) throws Exception {
        OrderServer server = OrderServer.start(ServerConfig.parse(List.of("--store=memory", "--port=0", "--data-dir=" + dir), Map.of()),
                Clock.systemUTC());
        String token = Files.readString(dir.resolve("admin.token")).trim();
        byte[] body = OrderServerIT.ORDER.getBytes(StandardCharsets.UTF_8);
        int half = body.length / 2;

        try (Socket socket = new Socket("localhost", server.port())) {
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/v1/tenants/default/orders HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + token
                    + "\r\nContent-Type: application/json\r\nContent-Length: " + body.length + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.write(body, 0, half);
            out.flush();
            Thread.sleep(300); // the request is in the handler, waiting for the rest of its body

            CompletableFuture<Void> stopping = CompletableFuture.runAsync(server::close);
            Thread.sleep(300);
            assertThat(stopping).as("the stop waits for the request").isNotDone();
            out.write(body, half, body.length - half);
            out.flush();

            String statusLine = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII)).readLine();
            assertThat(statusLine).isEqualTo("HTTP/1.1 201 Created");
            stopping.get(30, TimeUnit.SECONDS);
        }
    }
}
