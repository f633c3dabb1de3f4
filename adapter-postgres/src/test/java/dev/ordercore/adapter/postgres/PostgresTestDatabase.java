package dev.ordercore.adapter.postgres;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.jooq.ExecuteListener;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real PostgreSQL for the tests: one embedded server per JVM, a database migrated once as the
 * template, and a fresh copy of it per test class (CREATE DATABASE … TEMPLATE takes milliseconds).
 * The stores connect as {@value #APP_USER}, a login member of the role the migrations grant to, so
 * row-level security is in force exactly as in production. Tables are emptied before each test.
 */
public final class PostgresTestDatabase implements AutoCloseable {

    public static final String APP_USER = "ordercore_service";
    private static final String APP_PASSWORD = "ordercore-test";
    private static final String TEMPLATE = "ordercore_template";
    static final List<String> TABLES = List.of("outbox", "order_module_status", "status_history", "line_items", "orders",
            "order_number_counters", "intents", "relations", "cases", "assets", "products", "klasses", "categories");

    private static EmbeddedPostgres server;
    private static PostgresTestDatabase current;
    private static final AtomicInteger COPIES = new AtomicInteger();

    private final Class<?> testClass;
    private final String name;
    private final DataSource owner;
    private final HikariDataSource app;

    private PostgresTestDatabase(Class<?> testClass, String name) {
        this.testClass = testClass;
        this.name = name;
        this.owner = server.getDatabase("postgres", name);
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(server.getJdbcUrl(APP_USER, name));
        config.setUsername(APP_USER);
        config.setPassword(APP_PASSWORD);
        config.setMaximumPoolSize(60);
        config.setMinimumIdle(0);
        config.setPoolName("test-" + name);
        this.app = new HikariDataSource(config);
    }

    /** The database of {@code testClass}: created from the migrated template on first use; the previous class's pool is closed. */
    public static synchronized PostgresTestDatabase forClass(Class<?> testClass) {
        if (current != null && current.testClass.equals(testClass)) {
            return current;
        }
        if (current != null) {
            current.close();
        }
        startServer();
        String name = "t" + COPIES.incrementAndGet() + "_" + testClass.getSimpleName().toLowerCase(Locale.ROOT);
        name = name.length() > 60 ? name.substring(0, 60) : name;
        execute(server.getPostgresDatabase(), "create database " + name + " template " + TEMPLATE);
        current = new PostgresTestDatabase(testClass, name);
        return current;
    }

    private static void startServer() {
        if (server != null) {
            return;
        }
        try {
            server = EmbeddedPostgres.builder()
                    .setServerConfig("fsync", "off")
                    .setServerConfig("synchronous_commit", "off")
                    .setServerConfig("full_page_writes", "off")
                    .setServerConfig("max_connections", "300")
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("embedded PostgreSQL did not start", e);
        }
        execute(server.getPostgresDatabase(), "create database " + TEMPLATE);
        PostgresMigrations.migrate(server.getDatabase("postgres", TEMPLATE));
        execute(server.getPostgresDatabase(), "create role " + APP_USER + " login password '" + APP_PASSWORD + "' in role "
                + PostgresMigrations.DEFAULT_APP_ROLE);
    }

    /** The server's superuser on this database: for migrations, inspection and cleaning up, never for the stores. */
    public DataSource owner() {
        return owner;
    }

    /** The pool the stores use, connected as {@value #APP_USER}. */
    public DataSource app() {
        return app;
    }

    /** Another pool on the same database, as a second instance of the application would have; the caller closes it. */
    public HikariDataSource secondInstancePool() {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(server.getJdbcUrl(APP_USER, name));
        config.setUsername(APP_USER);
        config.setPassword(APP_PASSWORD);
        config.setMaximumPoolSize(30);
        config.setMinimumIdle(0);
        config.setPoolName("second-" + name);
        return new HikariDataSource(config);
    }

    /** Empties every table, so a test starts from nothing. */
    public void truncate() {
        execute(owner, "truncate " + String.join(", ", TABLES) + " restart identity");
    }

    /** Emptied stores over this database. */
    public PostgresStores freshStores(Clock clock) {
        truncate();
        return PostgresStores.create(app, clock);
    }

    public PostgresStores freshStores(Clock clock, ExecuteListener listener) {
        truncate();
        return PostgresStores.builder(app).clock(clock).executeListener(listener).build();
    }

    static void execute(DataSource ds, String sql) {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        app.close();
    }
}
