package dev.ordercore.benchmarks.load;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The load generator's request templates and its HTTP/1.1 client, against the JDK's HTTP server on a free port. */
class HttpConnectionTest {

    private HttpServer server;
    private final List<String> bodies = new ArrayList<>();

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/fixed", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            synchronized (bodies) {
                bodies.add(body);
            }
            byte[] reply = ("{\"got\":" + body.length() + "}").getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Retry-After", "3");
            exchange.sendResponseHeaders(201, reply.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(reply);
            }
        });
        server.createContext("/chunked", exchange -> {
            exchange.sendResponseHeaders(503, 0); // 0: chunked
            try (OutputStream out = exchange.getResponseBody()) {
                for (int i = 0; i < 50; i++) {
                    out.write(("part " + i + ";").getBytes(StandardCharsets.UTF_8));
                    out.flush();
                }
            }
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void a_keep_alive_connection_reads_sized_and_chunked_responses_in_turn() throws IOException {
        int port = server.getAddress().getPort();
        RequestTemplate fixed = new RequestTemplate("POST", "http://127.0.0.1:" + port + "/fixed", Map.of("X-Test", "1"), "{\"a\":\"{{seq}}\"}");
        RequestTemplate chunked = new RequestTemplate("GET", "http://127.0.0.1:" + port + "/chunked", Map.of(), null);
        try (HttpConnection connection = new HttpConnection("127.0.0.1", port, 5_000)) {
            HttpConnection.Response first = connection.exchange(fixed.render(7));
            HttpConnection.Response second = connection.exchange(chunked.render(8));
            HttpConnection.Response third = connection.exchange(fixed.render(9));

            assertThat(first.status()).isEqualTo(201);
            assertThat(first.bodyStart()).isEqualTo("{\"got\":9}");
            assertThat(first.retryAfter()).isEqualTo("3");
            assertThat(second.status()).isEqualTo(503);
            assertThat(second.bodyStart()).startsWith("part 0;part 1;").hasSize(300); // the first 300 characters are kept
            assertThat(third.status()).as("the whole chunked body was read, so the connection is in step").isEqualTo(201);
        }
        assertThat(bodies).containsExactly("{\"a\":\"7\"}", "{\"a\":\"9\"}");
    }

    @Test
    void every_uuid_placeholder_becomes_a_fresh_uuid_in_every_request() {
        RequestTemplate template = new RequestTemplate("POST", "http://127.0.0.1:1/x/{{uuid}}", Map.of(),
                "[\"{{uuid}}\",\"{{uuid}}\",{{seq}}]");
        Set<String> seen = new HashSet<>();
        Pattern uuid = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
        for (int seq = 1; seq <= 100; seq++) {
            String request = new String(template.render(seq), StandardCharsets.UTF_8);
            assertThat(request).startsWith("POST /x/").contains("Content-Type: application/json").endsWith("," + seq + "]");
            Matcher m = uuid.matcher(request);
            int found = 0;
            while (m.find()) {
                assertThat(seen.add(m.group())).as("a repeated uuid in %s", request).isTrue();
                found++;
            }
            assertThat(found).isEqualTo(3);
        }
    }
}
