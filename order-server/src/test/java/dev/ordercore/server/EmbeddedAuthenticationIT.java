package dev.ordercore.server;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** No local user logs in to the embedded cluster without its password, not even as the superuser. */
class EmbeddedAuthenticationIT {

    @Test
    void a_connection_without_the_password_or_with_a_wrong_one_is_refused(@TempDir Path dir) throws Exception {
        try (OrderServer server = OrderServerIT.start(dir)) {
            int port = postgresPort(dir);
            String superuserPassword = Files.readString(dir.resolve(DataDirectory.SUPERUSER_PASSWORD)).trim();

            for (String user : List.of("postgres", EmbeddedDatabase.APP_USER)) {
                assertThatThrownBy(() -> connect(port, user, null)).as(user + " without a password")
                        .isInstanceOf(SQLException.class);
                assertThatThrownBy(() -> connect(port, user, "wrong")).as(user + " with a wrong password")
                        .isInstanceOf(SQLException.class)
                        .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("28P01"));
            }
            try (Connection c = connect(port, "postgres", superuserPassword)) {
                assertThat(c.isValid(5)).isTrue();
            }
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve(DataDirectory.SUPERUSER_PASSWORD))))
                    .isEqualTo("rw-------");
            assertThat(Files.readString(dir.resolve("postgres").resolve(ClusterAuthentication.HBA)))
                    .isEqualTo(ClusterAuthentication.REQUIRED_HBA).doesNotContain("trust");
        }
    }

    @Test
    void a_cluster_made_by_the_previous_version_with_trust_is_upgraded_on_start_and_keeps_its_data(@TempDir Path dir) throws Exception {
        Path cluster = dir.resolve("postgres");
        // what the previous version left: initdb -A trust, a superuser without a password, the database
        try (EmbeddedPostgres old = EmbeddedPostgres.builder().setDataDirectory(cluster).setCleanDataDirectory(false).start();
             Connection c = old.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("create database " + EmbeddedDatabase.DATABASE);
        }
        assertThat(Files.readString(cluster.resolve(ClusterAuthentication.HBA))).contains("trust");

        try (OrderServer server = OrderServerIT.start(dir)) {
            String token = Files.readString(dir.resolve("admin.token")).trim();
            Http.Reply placed = Http.post(server.port(), OrderServerIT.ORDERS, token, OrderServerIT.ORDER);
            assertThat(placed.status()).as(placed.body()).isEqualTo(201);

            int port = postgresPort(dir);
            assertThatThrownBy(() -> connect(port, "postgres", null)).isInstanceOf(SQLException.class);
            assertThat(Files.readString(cluster.resolve(ClusterAuthentication.HBA))).isEqualTo(ClusterAuthentication.REQUIRED_HBA);
        }
    }

    /** The embedded cluster's port, from the fourth line of its {@code postmaster.pid}. */
    static int postgresPort(Path dataDir) throws IOException {
        return Integer.parseInt(Files.readAllLines(dataDir.resolve("postgres").resolve(LeftoverPostmaster.PID_FILE)).get(3).trim());
    }

    static Connection connect(int port, String user, String password) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", user);
        if (password != null) {
            properties.setProperty("password", password);
        }
        properties.setProperty("connectTimeout", "5");
        return DriverManager.getConnection("jdbc:postgresql://localhost:" + port + "/" + EmbeddedDatabase.DATABASE, properties);
    }
}
