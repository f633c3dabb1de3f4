package dev.ordercore.adapter.postgres;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The migrations on a real PostgreSQL: they validate, running them again changes nothing, and every constraint is named. */
class MigrationsIT {

    private final PostgresTestDatabase db = PostgresTestDatabase.forClass(MigrationsIT.class);

    @Test
    void a_migrated_database_validates_and_migrating_again_is_a_no_op() {
        Flyway flyway = PostgresMigrations.flyway(db.owner(), PostgresMigrations.DEFAULT_APP_ROLE);

        assertThat(flyway.validateWithResult().validationSuccessful).isTrue();
        MigrateResult again = PostgresMigrations.migrate(db.owner());

        assertThat(again.migrationsExecuted).isZero();
        assertThat(flyway.info().applied()).extracting(m -> m.getVersion().getVersion()).containsExactly("1", "2", "3", "4", "5", "6", "7", "8", "9", "10");
        assertThat(flyway.validateWithResult().validationSuccessful).isTrue();
    }

    @Test
    void tenant_id_leads_every_primary_unique_and_foreign_key() throws SQLException {
        List<String> offenders = new ArrayList<>();
        try (Connection c = db.owner().getConnection();
             ResultSet rs = c.createStatement().executeQuery("""
                     select con.conname, a.attname
                     from pg_constraint con
                     join pg_class t on t.oid = con.conrelid
                     join pg_namespace n on n.oid = t.relnamespace and n.nspname = 'public'
                     join pg_attribute a on a.attrelid = t.oid and a.attnum = con.conkey[1]
                     where con.contype in ('p', 'u', 'f') and t.relname <> 'flyway_schema_history'
                     """)) {
            int keys = 0;
            while (rs.next()) {
                keys++;
                if (!rs.getString(2).equals("tenant_id")) {
                    offenders.add(rs.getString(1) + " starts with " + rs.getString(2));
                }
            }
            assertThat(keys).isGreaterThan(25);
        }
        assertThat(offenders).isEmpty();
    }

    @Test
    void every_table_forces_row_level_security() throws SQLException {
        List<String> open = new ArrayList<>();
        try (Connection c = db.owner().getConnection();
             ResultSet rs = c.createStatement().executeQuery("""
                     select relname from pg_class
                     where relnamespace = 'public'::regnamespace and relkind = 'r' and relname <> 'flyway_schema_history'
                       and not (relrowsecurity and relforcerowsecurity)
                     """)) {
            while (rs.next()) {
                open.add(rs.getString(1));
            }
        }
        assertThat(open).isEmpty();
    }
}
