package dev.ordercore.server;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The real server, in this JVM, on the embedded PostgreSQL in a temporary data directory. */
class OrderServerIT {

    static final String ORDERS = "/api/v1/tenants/default/orders";
    static final String ORDER = """
            {"currency": "SEK", "customerId": "0190f7a4-5c1e-7c3a-9f00-000000000001", "notes": "Leverera till bakre entrén",
             "lineItems": [{"ref": "tasting", "description": "Wine tasting", "quantity": 2, "unitPrice": "450.00", "on": "2026-02-01"}]}
            """;

    @TempDir
    static Path dataDir;
    static OrderServer server;
    static String admin;

    @BeforeAll
    static void start() throws IOException {
        server = start(dataDir);
        admin = Files.readString(dataDir.resolve("admin.token")).trim();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static OrderServer start(Path dir) {
        return OrderServer.start(ServerConfig.parse(List.of("--port=0", "--data-dir=" + dir), Map.of()), Clock.systemUTC());
    }

    @Test
    void health_and_readiness_answer_200_without_a_token() {
        assertThat(Http.get(server.port(), "/health", null).status()).isEqualTo(200);
        Http.Reply ready = Http.get(server.port(), "/health/ready", null);
        assertThat(ready.status()).as(ready.body()).isEqualTo(200);
        assertThat(ready.json().path("status").asText()).isEqualTo("UP");
    }

    @Test
    void metrics_show_requests_by_route_the_jvm_and_the_connection_pool_without_a_token() {
        Http.post(server.port(), ORDERS, admin, ORDER);

        Http.Reply metrics = Http.get(server.port(), "/metrics", null);

        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.contentType()).startsWith("text/plain");
        assertThat(metrics.body())
                .containsPattern("http_server_requests_seconds_count\\{.*status=\"201\",uri=\"/api/v1/tenants/\\{tenantId}/orders\"} ")
                .contains("jvm_memory_used_bytes{")
                .contains("jvm_gc_")
                .contains("process_uptime_seconds")
                .contains("hikaricp_connections_active{pool=\"ordercore\"}");
    }

    @Test
    void the_first_start_writes_the_key_and_the_admin_token_readable_by_the_owner_only() throws IOException {
        assertThat(server.adminTokenWritten()).isTrue();
        for (String file : List.of("admin.token", "jwt-hs256.key", "postgres-app.password")) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dataDir.resolve(file)))).as(file)
                    .isEqualTo("rw-------");
        }
        assertThat(Files.isDirectory(dataDir.resolve("postgres"))).isTrue();
    }

    @Test
    void an_order_placed_with_the_admin_token_reads_back() {
        Http.Reply placed = Http.post(server.port(), ORDERS, admin, ORDER);
        assertThat(placed.status()).as(placed.body()).isEqualTo(201);
        String id = placed.json().path("id").asText();

        Http.Reply read = Http.get(server.port(), ORDERS + "/" + id, admin);
        assertThat(read.status()).as(read.body()).isEqualTo(200);
        JsonNode order = read.json();
        assertThat(order.path("status").asText()).isEqualTo("PENDING");
        assertThat(order.path("notes").asText()).isEqualTo("Leverera till bakre entrén");
        assertThat(order.path("lineItems").get(0).path("amount").asText()).isEqualTo("900.00");
    }

    @Test
    void no_token_is_refused_with_401() {
        Http.Reply reply = Http.get(server.port(), ORDERS, null);
        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.contentType()).startsWith("application/problem+json");
    }

    @Test
    void the_token_command_mints_a_token_the_server_accepts() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(List.of("token", "--data-dir", dataDir.toString(), "--tenant", "default", "--roles", "operator",
                "--modules", "inventory,billing", "--ttl", "1h"), Map.of(), print(out), print(err));
        assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
        String token = out.toString(StandardCharsets.UTF_8).trim();

        Http.Reply placed = Http.post(server.port(), ORDERS, token, ORDER);
        assertThat(placed.status()).as(placed.body()).isEqualTo(201);
        assertThat(Http.get(server.port(), ORDERS, token).status()).isEqualTo(200);
    }

    @Test
    void a_token_for_another_tenant_does_not_read_the_default_tenants_orders() {
        String id = Http.post(server.port(), ORDERS, admin, ORDER).json().path("id").asText();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Main.run(List.of("token", "--data-dir", dataDir.toString(), "--tenant", "other", "--roles", "admin"), Map.of(),
                print(out), print(new ByteArrayOutputStream()));
        String other = out.toString(StandardCharsets.UTF_8).trim();

        assertThat(Http.get(server.port(), "/api/v1/tenants/other/orders/" + id, other).status()).isEqualTo(404);
        assertThat(Http.get(server.port(), ORDERS + "/" + id, other).status()).isEqualTo(404);
    }

    @Test
    void orders_survive_a_restart_on_the_same_data_directory(@TempDir Path dir) throws IOException {
        String id;
        String token;
        try (OrderServer first = start(dir)) {
            token = Files.readString(dir.resolve("admin.token")).trim();
            Http.Reply placed = Http.post(first.port(), ORDERS, token, ORDER);
            assertThat(placed.status()).as(placed.body()).isEqualTo(201);
            id = placed.json().path("id").asText();
        }
        String key = Files.readString(dir.resolve("jwt-hs256.key"));

        try (OrderServer second = start(dir)) {
            assertThat(second.adminTokenWritten()).as("the admin token is not overwritten").isFalse();
            assertThat(Files.readString(dir.resolve("admin.token")).trim()).isEqualTo(token);
            assertThat(Files.readString(dir.resolve("jwt-hs256.key"))).as("the key is reused").isEqualTo(key);
            Http.Reply read = Http.get(second.port(), ORDERS + "/" + id, token);
            assertThat(read.status()).as(read.body()).isEqualTo(200);
            assertThat(read.json().path("id").asText()).isEqualTo(id);
        }
    }

    static PrintStream print(ByteArrayOutputStream bytes) {
        return new PrintStream(bytes, true, StandardCharsets.UTF_8);
    }
}
