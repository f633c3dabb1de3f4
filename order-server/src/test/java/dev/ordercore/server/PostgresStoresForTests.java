package dev.ordercore.server;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.ordercore.adapter.http.StoresForTests;
import dev.ordercore.adapter.postgres.PostgresMigrations;
import dev.ordercore.adapter.postgres.PostgresStores;
import dev.ordercore.application.port.out.TenantPolicy;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Serves adapter-http's endpoint ITs (run here from its test-jar, see the Failsafe
 * {@code dependenciesToScan}) over PostgreSQL instead of memory: one embedded server per JVM, the
 * schema migrated once into a template database, and for every API a test starts a database of its
 * own copied from that template ({@code CREATE DATABASE … TEMPLATE}, milliseconds), so each starts
 * from nothing even while another API of the same test class is still running. The stores log in
 * as {@value #APP_USER}, a non-superuser member of {@code ordercore_app}, so row-level security
 * holds as in production.
 */
public final class PostgresStoresForTests implements StoresForTests {

    static final String APP_USER = "ordercore_http_it";
    private static final String APP_PASSWORD = "ordercore-http-it";
    private static final String TEMPLATE = "http_it_template";
    private static final AtomicInteger COPIES = new AtomicInteger();
    private static EmbeddedPostgres server;

    public PostgresStoresForTests() {
    }

    @Override
    public synchronized Fresh fresh(Clock clock, TenantPolicy defaults) {
        EmbeddedPostgres postgres = server();
        String name = "http_it_" + COPIES.incrementAndGet();
        execute(postgres.getPostgresDatabase(), "create database " + name + " template " + TEMPLATE);
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(postgres.getJdbcUrl(APP_USER, name));
        config.setUsername(APP_USER);
        config.setPassword(APP_PASSWORD);
        config.setMaximumPoolSize(10);
        config.setMinimumIdle(0);
        config.setPoolName(name);
        HikariDataSource pool = new HikariDataSource(config);
        try {
            PostgresStores stores = PostgresStores.builder(pool).clock(clock).defaultPolicy(defaults).build();
            return new Fresh(stores.core(), () -> {
                pool.close();
                execute(postgres.getPostgresDatabase(), "drop database " + name + " with (force)");
            });
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
    }

    private static synchronized EmbeddedPostgres server() {
        if (server == null) {
            try {
                server = EmbeddedPostgres.builder()
                        .setServerConfig("fsync", "off")
                        .setServerConfig("synchronous_commit", "off")
                        .setServerConfig("full_page_writes", "off")
                        .start();
            } catch (IOException e) {
                throw new UncheckedIOException("embedded PostgreSQL did not start", e);
            }
            execute(server.getPostgresDatabase(), "create database " + TEMPLATE);
            PostgresMigrations.migrate(server.getDatabase("postgres", TEMPLATE));
            execute(server.getPostgresDatabase(), "create role " + APP_USER + " login password '" + APP_PASSWORD + "' in role "
                    + PostgresMigrations.DEFAULT_APP_ROLE);
        }
        return server;
    }

    private static void execute(DataSource ds, String sql) {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }
}
