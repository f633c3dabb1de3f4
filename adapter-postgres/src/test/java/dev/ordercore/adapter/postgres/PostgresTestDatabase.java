package dev.ordercore.adapter.postgres;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import dev.ordercore.domain.shared.DomainEvent;
import org.jooq.ExecuteListener;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

import static dev.ordercore.adapter.postgres.jooq.Tables.OUTBOX;

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
    static final List<String> TABLES = List.of("calculation_overrides", "outbox", "order_module_status", "status_history", "line_items", "orders",
            "order_number_counters", "intents", "relations", "cases", "assets", "products", "klasses", "categories",
            "order_modifier_rules", "order_modifiers", "tenant_settings",
            "supplier_confirmations", "customers", "stock_levels");

    private static EmbeddedPostgres server;
    private static Class<?> currentClass;
    private static final Map<String, PostgresTestDatabase> current = new HashMap<>();
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

    /** The database of {@code testClass}: created from the migrated template on first use; the previous class's pools are closed. */
    public static PostgresTestDatabase forClass(Class<?> testClass) {
        return forClass(testClass, "");
    }

    /** One of several databases of {@code testClass} (a replay needs a source and a target store), told apart by {@code qualifier}. */
    public static synchronized PostgresTestDatabase forClass(Class<?> testClass, String qualifier) {
        if (!testClass.equals(currentClass)) {
            current.values().forEach(PostgresTestDatabase::close);
            current.clear();
            currentClass = testClass;
        }
        PostgresTestDatabase db = current.get(qualifier);
        if (db == null) {
            startServer();
            String name = "t" + COPIES.incrementAndGet() + "_" + (testClass.getSimpleName() + qualifier).toLowerCase(Locale.ROOT);
            name = name.length() > 60 ? name.substring(0, 60) : name;
            execute(server.getPostgresDatabase(), "create database " + name + " template " + TEMPLATE);
            db = new PostgresTestDatabase(testClass, name);
            current.put(qualifier, db);
        }
        return db;
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

    /**
     * Every event in the outbox, by position: the commit order whenever the transactions that
     * appended them did not overlap, as in every scenario that reads it.
     */
    public List<DomainEvent> committedEvents() {
        return DSL.using(owner, SQLDialect.POSTGRES)
                .selectFrom(OUTBOX)
                .orderBy(OUTBOX.POSITION)
                .fetch(RecordedEvent::of)
                .stream()
                .<DomainEvent>map(e -> e)
                .toList();
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
