package dev.ordercore.server;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.metrics.micrometer.MicrometerMetricsTrackerFactory;
import dev.ordercore.adapter.http.HttpApi;
import dev.ordercore.adapter.http.HttpServices;
import dev.ordercore.adapter.http.HttpSettings;
import dev.ordercore.adapter.http.InMemoryIdempotencyStore;
import dev.ordercore.adapter.http.JwtTokenVerifier;
import dev.ordercore.adapter.http.TokenVerifier;
import dev.ordercore.adapter.inmemory.InMemoryStores;
import dev.ordercore.adapter.postgres.OutboxRelay;
import dev.ordercore.adapter.postgres.PostgresMigrations;
import dev.ordercore.adapter.postgres.PostgresStores;
import dev.ordercore.application.OrderCore;
import io.javalin.Javalin;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A running server: the stores the configuration asks for, the HTTP API on them, health checks
 * and the outbox relay. {@link #close()} stops them in reverse order: HTTP first (in-flight
 * requests finish), then the relay, the pool and the embedded database.
 */
final class OrderServer implements AutoCloseable {

    static final String DEFAULT_TENANT = "default";
    static final Duration ADMIN_TOKEN_TTL = Duration.ofDays(90);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration RELAY_POLL = Duration.ofMillis(500);
    static final Duration CONNECTION_TIMEOUT = Duration.ofSeconds(1);
    static final Duration VALIDATION_TIMEOUT = Duration.ofMillis(500);
    static final Duration KEEPALIVE = Duration.ofSeconds(30);
    private static final Logger LOG = LoggerFactory.getLogger(OrderServer.class);

    private final Javalin app;
    private final Deque<AutoCloseable> resources;
    private final Optional<Path> adminToken;
    private final boolean adminTokenWritten;
    private boolean closed;

    private OrderServer(Javalin app, Deque<AutoCloseable> resources, Optional<Path> adminToken, boolean adminTokenWritten) {
        this.app = app;
        this.resources = resources;
        this.adminToken = adminToken;
        this.adminTokenWritten = adminTokenWritten;
    }

    static OrderServer start(ServerConfig config, Clock clock) {
        Deque<AutoCloseable> resources = new ArrayDeque<>();
        try {
            // created only when something goes in it: a server on your PostgreSQL with your key writes no files
            Supplier<DataDirectory> data = memoized(() -> DataDirectory.open(config.dataDir()));
            PrometheusMeterRegistry metrics = ServerMetrics.registry(resources);
            Wiring wiring = wire(config, data, clock, resources, metrics);

            TokenVerifier verifier;
            Optional<Path> adminToken = Optional.empty();
            boolean written = false;
            if (config.jwt() instanceof JwtKeySetting.Hs256Secret configured) {
                verifier = JwtTokenVerifier.hs256(configured.secret());
            } else if (config.jwt() instanceof JwtKeySetting.Rs256PublicKey configured) {
                verifier = JwtTokenVerifier.rs256Pem(configured.pem());
            } else {
                byte[] secret = data.get().jwtSecret();
                verifier = JwtTokenVerifier.hs256(secret);
                String token = new TokenMinter(secret, clock)
                        .mint("admin", List.of(DEFAULT_TENANT), List.of("admin"), List.of(), ADMIN_TOKEN_TTL);
                written = data.get().writeIfAbsent(DataDirectory.ADMIN_TOKEN, token + "\n");
                adminToken = Optional.of(data.get().file(DataDirectory.ADMIN_TOKEN));
            }

            Javalin app = HttpApi.create(wiring.core(), verifier, HttpSettings.defaults().withAdmission(config.limits().admission()),
                    new HttpServices(InMemoryIdempotencyStore.defaults(), metrics));
            app.unsafeConfig().jetty.modifyServer(server -> server.setStopTimeout(STOP_TIMEOUT.toMillis()));
            Health.register(app, wiring.database());
            app.start(config.port());
            resources.push(app::stop);
            return new OrderServer(app, resources, adminToken, written);
        } catch (RuntimeException | Error e) {
            closeAll(resources);
            throw e;
        }
    }

    private record Wiring(OrderCore core, Optional<DataSource> database) {
    }

    private static Wiring wire(ServerConfig config, Supplier<DataDirectory> data, Clock clock, Deque<AutoCloseable> resources,
            MeterRegistry metrics) {
        switch (config.store()) {
            case MEMORY -> {
                return new Wiring(InMemoryStores.create(clock).core(), Optional.empty());
            }
            case EMBEDDED -> {
                EmbeddedDatabase embedded = EmbeddedDatabase.start(data.get().file(DataDirectory.POSTGRES), data.get().superuserPassword());
                resources.push(embedded);
                PostgresMigrations.migrate(embedded.owner());
                String password = data.get().databasePassword();
                embedded.ensureLoginRole(PostgresMigrations.DEFAULT_APP_ROLE, password);
                HikariDataSource pool = meteredPool(embedded.jdbcUrl(), EmbeddedDatabase.APP_USER, password, config.limits().poolSize(), metrics);
                resources.push(pool);
                return postgres(pool, clock, resources);
            }
            case POSTGRES -> {
                ExternalDatabase external = config.database().orElseThrow();
                external.migrator().ifPresent(migrator -> {
                    try (HikariDataSource owner = new HikariDataSource(poolConfig(external.url(), migrator.user(), migrator.password(), 2))) {
                        PostgresMigrations.migrate(owner);
                    }
                });
                HikariDataSource pool = meteredPool(external.url(), external.user(), external.password(), config.limits().poolSize(), metrics);
                resources.push(pool);
                return postgres(pool, clock, resources);
            }
            default -> throw new IllegalStateException("unknown store " + config.store());
        }
    }

    private static <T> Supplier<T> memoized(Supplier<T> supplier) {
        return new Supplier<>() {
            private T value;

            @Override
            public synchronized T get() {
                if (value == null) {
                    value = supplier.get();
                }
                return value;
            }
        };
    }

    private static Wiring postgres(HikariDataSource pool, Clock clock, Deque<AutoCloseable> resources) {
        PostgresStores stores = PostgresStores.create(pool, clock);
        OutboxRelay relay = stores.relay();
        relay.start(RELAY_POLL);
        resources.push(relay);
        return new Wiring(stores.core(), Optional.of(pool));
    }

    /** The stores' pool, with its meters ({@code hikaricp_connections_*}) in the registry {@code /metrics} shows. */
    private static HikariDataSource meteredPool(String url, String user, String password, int size, MeterRegistry metrics) {
        HikariConfig config = poolConfig(url, user, password, size);
        config.setMetricsTrackerFactory(new MicrometerMetricsTrackerFactory(metrics));
        return new HikariDataSource(config);
    }

    /**
     * Fails fast when the database is gone (docs/decisions/0014): a request waits at most
     * {@link #CONNECTION_TIMEOUT} for a connection, then is answered 503 with Retry-After, instead of
     * holding its thread for Hikari's default 30 s; a connection idle for a while is checked within
     * {@link #VALIDATION_TIMEOUT} before it is handed out, and Hikari drops a connection whose
     * statement failed with a connection error, so the pool refills by itself when the database returns.
     */
    private static HikariConfig poolConfig(String url, String user, String password, int size) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setUsername(user);
        config.setPassword(password);
        config.setPoolName("ordercore");
        config.setMaximumPoolSize(size);
        config.setConnectionTimeout(CONNECTION_TIMEOUT.toMillis());
        config.setValidationTimeout(VALIDATION_TIMEOUT.toMillis());
        config.setKeepaliveTime(KEEPALIVE.toMillis());
        // a connection attempt to an address that does not answer gives up with the request, not after the driver's 10 s
        config.addDataSourceProperty("connectTimeout", Long.toString(Math.max(1, CONNECTION_TIMEOUT.toSeconds())));
        return config;
    }

    int port() {
        return app.port();
    }

    /** The running API, for tests that read its route table. */
    Javalin app() {
        return app;
    }

    /** Where the admin token is, when the server made its own key; empty with a configured key. */
    Optional<Path> adminToken() {
        return adminToken;
    }

    /** Whether this start wrote the admin token (a first start), rather than finding one. */
    boolean adminTokenWritten() {
        return adminTokenWritten;
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        closeAll(resources);
    }

    private static void closeAll(Deque<AutoCloseable> resources) {
        while (!resources.isEmpty()) {
            AutoCloseable resource = resources.pop();
            try {
                resource.close();
            } catch (Exception e) {
                LOG.warn("stopping {} failed: {}", resource, e.toString());
            }
        }
    }
}
