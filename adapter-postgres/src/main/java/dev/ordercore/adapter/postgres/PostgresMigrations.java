package dev.ordercore.adapter.postgres;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

import javax.sql.DataSource;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The schema's Flyway migrations ({@code classpath:db/migration}). Run them as the role that is to
 * own the tables; they create (if missing) the role the application connects through, without
 * LOGIN, and grant it what it needs: reading and writing, but never updating or deleting history
 * or intents.
 */
public final class PostgresMigrations {

    /** The role the migrations grant to, unless told otherwise. */
    public static final String DEFAULT_APP_ROLE = "ordercore_app";

    private static final Pattern ROLE = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

    private PostgresMigrations() {
    }

    /** Migrates the database {@code owner} connects to, granting to {@link #DEFAULT_APP_ROLE}. */
    public static MigrateResult migrate(DataSource owner) {
        return migrate(owner, DEFAULT_APP_ROLE);
    }

    public static MigrateResult migrate(DataSource owner, String appRole) {
        return flyway(owner, appRole).migrate();
    }

    /** Flyway configured for this schema, for {@code validate}, {@code info} and the like. */
    public static Flyway flyway(DataSource owner, String appRole) {
        Objects.requireNonNull(owner, "owner");
        if (!ROLE.matcher(appRole).matches()) {
            throw new IllegalArgumentException("a role name is 1-63 of [a-z0-9_], not starting with a digit, got '" + appRole + "'");
        }
        return Flyway.configure()
                .dataSource(owner)
                .locations("classpath:db/migration")
                .placeholders(Map.of("app_role", appRole))
                .failOnMissingLocations(true)
                .load();
    }
}
