package dev.ordercore.server;

import dev.ordercore.adapter.http.AdmissionLimits;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class ServerConfigTest {

    @Test
    void nothing_configured_means_port_8080_the_embedded_store_in_data_and_a_generated_key() {
        ServerConfig config = ServerConfig.parse(List.of(), Map.of());

        assertThat(config.port()).isEqualTo(8080);
        assertThat(config.store()).isEqualTo(Store.EMBEDDED);
        assertThat(config.dataDir()).isEqualTo(Path.of("data"));
        assertThat(config.jwt()).isInstanceOf(JwtKeySetting.Generated.class);
        assertThat(config.database()).isEmpty();
    }

    @Test
    void a_flag_wins_over_its_environment_variable() {
        ServerConfig config = ServerConfig.parse(List.of("--port", "9090", "--data-dir=/srv/orders"),
                Map.of("ORDERS_PORT", "7070", "ORDERS_DATA_DIR", "/elsewhere"));

        assertThat(config.port()).isEqualTo(9090);
        assertThat(config.dataDir()).isEqualTo(Path.of("/srv/orders"));
    }

    @Test
    void the_postgres_store_reads_its_database_from_the_environment() {
        ServerConfig config = ServerConfig.parse(List.of("--store=postgres"), Map.of(
                "ORDERS_DATABASE_URL", "jdbc:postgresql://db:5432/orders", "ORDERS_DATABASE_USER", "shop",
                "ORDERS_DATABASE_PASSWORD", "secret", "ORDERS_JWT_HS256_SECRET",
                Base64.getEncoder().encodeToString(new byte[32])));

        assertThat(config.store()).isEqualTo(Store.POSTGRES);
        assertThat(config.database()).hasValueSatisfying(db -> {
            assertThat(db.url()).isEqualTo("jdbc:postgresql://db:5432/orders");
            assertThat(db.toString()).doesNotContain("secret");
        });
        assertThat(config.jwt()).isInstanceOf(JwtKeySetting.Hs256Secret.class);
    }

    @Test
    void every_problem_is_named_not_only_the_first() {
        InvalidConfiguration e = catchThrowableOfType(() -> ServerConfig.parse(
                List.of("--port=http", "--store=postgres", "--colour=blue", "stray"),
                Map.of("ORDERS_JWT_HS256_SECRET", "c2hvcnQ=", "ORDERS_JWT_RS256_PUBLIC_KEY", "/no/such.pem")),
                InvalidConfiguration.class);

        assertThat(e.problems()).hasSize(7).anySatisfy(p -> assertThat(p).contains("port"))
                .anySatisfy(p -> assertThat(p).contains("--colour"))
                .anySatisfy(p -> assertThat(p).contains("'stray'"))
                .anySatisfy(p -> assertThat(p).contains("ORDERS_DATABASE_URL is missing"))
                .anySatisfy(p -> assertThat(p).contains("ORDERS_DATABASE_USER is missing"))
                .anySatisfy(p -> assertThat(p).contains("ORDERS_DATABASE_PASSWORD is missing"))
                .anySatisfy(p -> assertThat(p).contains("both set"));
    }

    @Test
    void a_short_secret_and_a_database_url_without_the_postgres_store_are_refused() {
        InvalidConfiguration e = catchThrowableOfType(() -> ServerConfig.parse(List.of(),
                Map.of("ORDERS_JWT_HS256_SECRET", "c2hvcnQ=", "ORDERS_DATABASE_URL", "jdbc:postgresql://db/orders")),
                InvalidConfiguration.class);

        assertThat(e.problems()).containsExactlyInAnyOrder(
                "ORDERS_DATABASE_URL is set but the store is embedded: add --store=postgres to use it, or unset it",
                "ORDERS_JWT_HS256_SECRET: must decode to at least 32 bytes, got 5");
    }

    @Test
    void invalid_configuration_exits_2_with_every_problem_and_no_stack_trace() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(List.of("--port=-1", "--store=mongo"), Map.of(), new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(err, true, StandardCharsets.UTF_8));

        String printed = err.toString(StandardCharsets.UTF_8);
        assertThat(code).isEqualTo(2);
        assertThat(printed).contains("port: must be between 0 and 65535, got -1", "store: must be embedded, postgres or memory, got 'mongo'")
                .doesNotContain("Exception", "\tat ");
    }

    @Test
    void the_token_command_names_every_problem() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(List.of("token", "--data-dir", "/no/such/dir", "--roles", "owner", "--ttl", "soon"), Map.of(),
                new PrintStream(new ByteArrayOutputStream()), new PrintStream(err, true, StandardCharsets.UTF_8));

        assertThat(code).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--tenant is missing", "'owner' is not a role",
                "'soon' is not a positive duration", "jwt-hs256.key does not exist");
    }

    @Test
    void the_admission_limits_follow_the_pool_size_unless_set_and_zero_in_flight_turns_shedding_off() {
        ServerConfig defaults = ServerConfig.parse(List.of(), Map.of());
        assertThat(defaults.limits().poolSize()).isEqualTo(10);
        assertThat(defaults.limits().admission()).isEqualTo(new AdmissionLimits(10, 40, Duration.ofSeconds(1)));

        ServerConfig derived = ServerConfig.parse(List.of("--db-pool-size=4"), Map.of());
        assertThat(derived.limits().admission()).isEqualTo(new AdmissionLimits(4, 16, Duration.ofSeconds(1)));

        ServerConfig set = ServerConfig.parse(List.of("--max-in-flight", "5", "--max-queued=0"),
                Map.of("ORDERS_MAX_QUEUE_WAIT_MS", "250", "ORDERS_MAX_IN_FLIGHT", "99"));
        assertThat(set.limits().admission()).isEqualTo(new AdmissionLimits(5, 0, Duration.ofMillis(250)));

        assertThat(ServerConfig.parse(List.of("--max-in-flight=0"), Map.of()).limits().admission().unlimited()).isTrue();
    }

    @Test
    void limits_out_of_range_or_not_numbers_are_named() {
        InvalidConfiguration e = catchThrowableOfType(() -> ServerConfig.parse(
                List.of("--db-pool-size=0", "--max-queued=many"), Map.of("ORDERS_MAX_IN_FLIGHT", "-1")), InvalidConfiguration.class);

        assertThat(e.problems()).containsExactlyInAnyOrder("db-pool-size: must be between 1 and 1000, got 0",
                "max-queued: must be a number, got 'many'", "max-in-flight: must be between 0 and 100000, got -1");
    }
}
