package dev.ordercore.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The smoke version of reliability/db-loss.sh: the server's PostgreSQL stops under it, requests
 * get 503 with Retry-After and a problem+json body, readiness fails, and when the database is back
 * the server serves again by itself; what was acknowledged before is still there.
 */
class DatabaseLossIT {

    private static final String INTENTS = "/api/v1/tenants/default/intents";
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void without_its_database_the_server_answers_503_with_retry_after_and_recovers_by_itself_when_it_returns(@TempDir Path dir)
            throws Exception {
        Path cluster = dir.resolve("cluster");
        EmbeddedPostgres postgres = cluster(cluster, 0);
        int pgPort = postgres.getPort();
        try {
            try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
                s.execute("create role ordercore_app nologin");
                s.execute("create role shop login password 'shop-password' in role ordercore_app");
            }
            Map<String, String> env = Map.of(
                    "ORDERS_DATABASE_URL", "jdbc:postgresql://localhost:" + pgPort + "/postgres",
                    "ORDERS_DATABASE_USER", "shop",
                    "ORDERS_DATABASE_PASSWORD", "shop-password",
                    "ORDERS_DATABASE_MIGRATION_USER", "postgres",
                    "ORDERS_DATABASE_MIGRATION_PASSWORD", "unused-with-trust");
            ServerConfig config = ServerConfig.parse(List.of("--store=postgres", "--port=0", "--data-dir=" + dir.resolve("data")), env);
            try (OrderServer server = OrderServer.start(config, Clock.systemUTC())) {
                String token = Files.readString(server.adminToken().orElseThrow()).trim();
                HttpResponse<String> before = submit(server.port(), token, "loss-1");
                assertThat(before.statusCode()).as(before.body()).isEqualTo(201);
                String acknowledged = json(before).path("orderId").asText();

                postgres.close(); // stops the cluster; its data stays
                postgres = null;

                HttpResponse<String> refused = submit(server.port(), token, "loss-2");
                assertThat(refused.statusCode()).as(refused.body()).isEqualTo(503);
                assertThat(refused.headers().firstValue("Retry-After")).hasValue("1");
                assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
                assertThat(json(refused).path("code").asText()).isEqualTo("server.database_unavailable");
                assertThat(json(refused).path("status").asInt()).isEqualTo(503);
                HttpResponse<String> ready = get(server.port(), "/health/ready", null);
                assertThat(ready.statusCode()).isEqualTo(503);
                assertThat(ready.headers().firstValue("Retry-After")).isPresent();
                assertThat(get(server.port(), "/health", null).statusCode()).isEqualTo(200);

                postgres = cluster(cluster, pgPort);
                awaitReady(server.port());

                HttpResponse<String> retried = submit(server.port(), token, "loss-2");
                assertThat(retried.statusCode()).as("the refused intent, retried with its id").isIn(200, 201);
                HttpResponse<String> read = get(server.port(), "/api/v1/tenants/default/orders/" + acknowledged, token);
                assertThat(read.statusCode()).as("the order acknowledged before the loss").isEqualTo(200);
            }
        } finally {
            if (postgres != null) {
                postgres.close();
            }
        }
    }

    private static EmbeddedPostgres cluster(Path directory, int port) throws Exception {
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder().setDataDirectory(directory).setCleanDataDirectory(false);
        if (port != 0) {
            builder.setPort(port);
        }
        return builder.start();
    }

    /** Waits (not a timed assertion: the limit only ends a hung test) until readiness is 200 again. */
    private static void awaitReady(int port) throws Exception {
        Instant limit = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(limit)) {
            if (get(port, "/health/ready", null).statusCode() == 200) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the server did not become ready after the database returned");
    }

    private static HttpResponse<String> submit(int port, String token, String intentId) throws Exception {
        String body = """
                {"intentId": "%s", "sourceSystem": "channel.shopify", "contractVersion": 1, "externalOrderId": "%s",
                 "customerRef": "0190f7a4-5c1e-7c3a-9f00-000000000001", "currency": "SEK",
                 "lineItems": [{"description": "Chablis 2022", "quantity": 12, "unitPrice": "150.00", "on": "2026-02-01"}],
                 "submittedAt": "2026-01-14T10:00:00Z"}""".formatted(intentId, intentId);
        return CLIENT.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + INTENTS)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> get(int port, String path, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).timeout(Duration.ofSeconds(30));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return CLIENT.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode json(HttpResponse<String> response) throws Exception {
        return MAPPER.readTree(response.body());
    }
}
