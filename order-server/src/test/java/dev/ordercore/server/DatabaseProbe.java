package dev.ordercore.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A superuser connection to the embedded PostgreSQL of a running server's data directory (its port
 * from {@code postmaster.pid}, its password from the data directory), for tests that look at every
 * row: the superuser bypasses row-level security, so all tenants are seen. Reads only.
 */
final class DatabaseProbe implements AutoCloseable {

    /** Columns that change by themselves after a request: the outbox relay marks events published. */
    private static final Set<String> MOVING_COLUMNS = Set.of("outbox.published_at");

    private final Connection connection;
    private final Map<String, String> rowExpressions;

    private DatabaseProbe(Connection connection) throws SQLException {
        this.connection = connection;
        this.rowExpressions = rowExpressions(connection);
    }

    static DatabaseProbe open(Path dataDir) {
        Path cluster = dataDir.resolve(DataDirectory.POSTGRES);
        try {
            List<String> pid = Files.readAllLines(cluster.resolve(LeftoverPostmaster.PID_FILE));
            int port = Integer.parseInt(pid.get(3).trim());
            String password = Files.readString(dataDir.resolve(DataDirectory.SUPERUSER_PASSWORD)).trim();
            Connection c = DriverManager.getConnection("jdbc:postgresql://localhost:" + port + "/" + EmbeddedDatabase.DATABASE,
                    "postgres", password);
            c.setReadOnly(true);
            return new DatabaseProbe(c);
        } catch (IOException e) {
            throw new UncheckedIOException("no embedded PostgreSQL in " + dataDir, e);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot connect to the embedded PostgreSQL in " + dataDir + ": " + e.getMessage(), e);
        }
    }

    Connection connection() {
        return connection;
    }

    /** The schema's tables (Flyway's own left out), each with the row expression its fingerprint hashes. */
    private static Map<String, String> rowExpressions(Connection c) throws SQLException {
        Map<String, List<String>> columns = new LinkedHashMap<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("""
                select c.table_name, c.column_name from information_schema.columns c
                join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
                where c.table_schema = current_schema() and t.table_type = 'BASE TABLE' and c.table_name <> 'flyway_schema_history'
                order by c.table_name, c.ordinal_position""")) {
            while (r.next()) {
                String table = r.getString(1);
                String column = r.getString(2);
                if (!MOVING_COLUMNS.contains(table + "." + column)) {
                    columns.computeIfAbsent(table, t -> new ArrayList<>()).add("t.\"" + column + "\"");
                }
            }
        }
        Map<String, String> expressions = new LinkedHashMap<>();
        columns.forEach((table, cols) -> expressions.put(table, "row(" + String.join(", ", cols) + ")::text"));
        return expressions;
    }

    /** Every table's row count and a hash of its rows, in one statement: equal fingerprints, no row added, changed or removed. */
    Fingerprint fingerprint() {
        StringBuilder sql = new StringBuilder();
        for (Map.Entry<String, String> table : rowExpressions.entrySet()) {
            if (!sql.isEmpty()) {
                sql.append(" union all ");
            }
            sql.append("select '").append(table.getKey()).append("', count(*), coalesce(md5(string_agg(md5(")
                    .append(table.getValue()).append("), '' order by md5(").append(table.getValue()).append("))), '') from \"")
                    .append(table.getKey()).append("\" t");
        }
        Map<String, String> tables = new LinkedHashMap<>();
        try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery(sql.toString())) {
            while (r.next()) {
                tables.put(r.getString(1), r.getLong(2) + " rows " + r.getString(3));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot fingerprint the tables: " + e.getMessage(), e);
        }
        return new Fingerprint(tables);
    }

    /** Per table: "N rows &lt;md5&gt;". */
    record Fingerprint(Map<String, String> tables) {
        Fingerprint {
            tables = Map.copyOf(tables);
        }

        /** The tables whose rows differ from {@code before}'s. */
        List<String> changedSince(Fingerprint before) {
            List<String> changed = new ArrayList<>();
            for (String table : new java.util.TreeSet<>(tables.keySet())) {
                if (!Objects.equals(tables.get(table), before.tables().get(table))) {
                    changed.add(table + ": " + before.tables().get(table) + " -> " + tables.get(table));
                }
            }
            return changed;
        }
    }

    long count(String sql) {
        try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
