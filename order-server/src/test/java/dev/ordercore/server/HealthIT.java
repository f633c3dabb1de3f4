package dev.ordercore.server;

import io.javalin.Javalin;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class HealthIT {

    @Test
    void readiness_is_503_problem_json_when_the_database_cannot_be_reached_while_liveness_stays_200() {
        PGSimpleDataSource nowhere = new PGSimpleDataSource();
        nowhere.setURL("jdbc:postgresql://localhost:1/ordercore");
        nowhere.setConnectTimeout(1);
        Javalin app = Javalin.create(config -> config.showJavalinBanner = false);
        Health.register(app, Optional.of(nowhere));
        app.start(0);
        try {
            Http.Reply ready = Http.get(app.port(), "/health/ready", null);
            assertThat(ready.status()).isEqualTo(503);
            assertThat(ready.contentType()).startsWith("application/problem+json");
            assertThat(ready.json().path("code").asText()).isEqualTo("server.database_unreachable");
            assertThat(Http.get(app.port(), "/health", null).status()).isEqualTo(200);
        } finally {
            app.stop();
        }
    }
}
