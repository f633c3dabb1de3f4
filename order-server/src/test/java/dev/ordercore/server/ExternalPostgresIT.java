package dev.ordercore.server;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code --store=postgres} on a PostgreSQL the server did not start, with a configured key. */
class ExternalPostgresIT {

    @Test
    void the_server_migrates_as_the_owner_and_serves_orders_as_the_login_role(@TempDir Path dataDir) throws Exception {
        byte[] secret = "a configured secret of at least thirty-two bytes".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
                s.execute("create role ordercore_app nologin");
                s.execute("create role shop login password 'shop-password' in role ordercore_app");
            }
            Map<String, String> env = Map.of(
                    "ORDERS_DATABASE_URL", "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres",
                    "ORDERS_DATABASE_USER", "shop",
                    "ORDERS_DATABASE_PASSWORD", "shop-password",
                    "ORDERS_DATABASE_MIGRATION_USER", "postgres",
                    "ORDERS_DATABASE_MIGRATION_PASSWORD", "unused-with-trust",
                    "ORDERS_JWT_HS256_SECRET", Base64.getEncoder().encodeToString(secret));
            Path unused = dataDir.resolve("never-created");
            ServerConfig config = ServerConfig.parse(List.of("--store=postgres", "--port=0", "--data-dir=" + unused), env);

            try (OrderServer server = OrderServer.start(config, Clock.systemUTC())) {
                assertThat(server.adminToken()).as("a configured key means no generated admin token").isEmpty();
                assertThat(Http.get(server.port(), "/health/ready", null).status()).isEqualTo(200);
                String token = new TokenMinter(secret, Clock.systemUTC())
                        .mint("ann", List.of("shop-1"), List.of("operator"), List.of(), Duration.ofMinutes(5));

                Http.Reply placed = Http.post(server.port(), "/api/v1/tenants/shop-1/orders", token, OrderServerIT.ORDER);
                assertThat(placed.status()).as(placed.body()).isEqualTo(201);
                Http.Reply read = Http.get(server.port(), "/api/v1/tenants/shop-1/orders/" + placed.json().path("id").asText(), token);
                assertThat(read.status()).as(read.body()).isEqualTo(200);
            }
            assertThat(Files.exists(unused)).as("nothing to keep, so no data directory").isFalse();
        }
    }

    @Test
    void a_configured_key_is_refused_if_too_short_before_anything_starts() throws IOException {
        assertThat(Main.run(List.of("--store=memory"), Map.of("ORDERS_JWT_HS256_SECRET", "dG9vIHNob3J0"),
                System.out, new java.io.PrintStream(java.io.OutputStream.nullOutputStream()))).isEqualTo(2);
    }
}
