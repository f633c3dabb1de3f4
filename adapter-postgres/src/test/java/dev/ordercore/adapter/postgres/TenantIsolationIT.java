package dev.ordercore.adapter.postgres;

import dev.ordercore.domain.shared.TenantId;
import org.jooq.Record1;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import static dev.ordercore.adapter.postgres.jooq.Tables.CATEGORIES;
import static dev.ordercore.adapter.postgres.jooq.Tables.STATUS_HISTORY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Row-level security is a second wall behind the application's tenant filter: the stores connect
 * as a role that neither owns the tables nor is a superuser, and every transaction names its
 * tenant, so a query that forgets {@code where tenant_id = …} still sees only that tenant's rows.
 */
class TenantIsolationIT {

    private static final TenantId ACME = TenantId.of("acme");
    private static final TenantId GLOBEX = TenantId.of("globex");

    private final PostgresTestDatabase pg = PostgresTestDatabase.forClass(TenantIsolationIT.class);
    private Database db;

    @BeforeEach
    void twoTenantsWithOneCategoryEach() {
        pg.truncate();
        PostgresTestDatabase.execute(pg.owner(), """
                insert into categories (tenant_id, id, name, type, created_at) values
                  ('acme', '018f0000-0000-7000-8000-000000000001', 'Wine', 'SALE', now()),
                  ('globex', '018f0000-0000-7000-8000-000000000002', 'Diggers', 'RENTAL', now())
                """);
        db = new Database(pg.app(), List.of());
    }

    @Test
    void R35_a_query_that_forgets_its_tenant_filter_sees_only_the_current_tenants_rows() {
        List<String> acme = db.run(ACME, dsl -> dsl.select(CATEGORIES.NAME).from(CATEGORIES).fetch(Record1::value1));
        List<String> globex = db.run(GLOBEX, dsl -> dsl.select(CATEGORIES.NAME).from(CATEGORIES).fetch(Record1::value1));

        assertThat(acme).containsExactly("Wine");
        assertThat(globex).containsExactly("Diggers");
    }

    @Test
    void one_transaction_that_moves_between_tenants_sees_each_tenants_rows_in_turn() {
        List<List<String>> seen = db.inTransaction(() -> List.of(
                db.run(ACME, dsl -> dsl.select(CATEGORIES.NAME).from(CATEGORIES).fetch(Record1::value1)),
                db.run(GLOBEX, dsl -> dsl.select(CATEGORIES.NAME).from(CATEGORIES).fetch(Record1::value1))));

        assertThat(seen).containsExactly(List.of("Wine"), List.of("Diggers"));
    }

    @Test
    void without_a_tenant_nothing_is_visible() throws SQLException {
        try (Connection c = pg.app().getConnection(); Statement s = c.createStatement()) {
            var rs = s.executeQuery("select count(*) from categories");
            rs.next();
            assertThat(rs.getInt(1)).isZero();
        }
    }

    @Test
    void R35_a_row_for_another_tenant_cannot_be_written() {
        assertThatThrownBy(() -> db.run(ACME, dsl -> dsl.insertInto(CATEGORIES)
                .columns(CATEGORIES.TENANT_ID, CATEGORIES.ID, CATEGORIES.NAME, CATEGORIES.TYPE, CATEGORIES.CREATED_AT)
                .values("globex", java.util.UUID.randomUUID(), "Smuggled", "SALE", java.time.OffsetDateTime.now())
                .execute()))
                .hasMessageContaining("row-level security");
    }

    @Test
    void a_unique_violation_no_store_foresaw_is_still_a_duplicate_key_naming_entity_and_constraint() {
        assertThatThrownBy(() -> db.run(ACME, dsl -> dsl.insertInto(CATEGORIES)
                .columns(CATEGORIES.TENANT_ID, CATEGORIES.ID, CATEGORIES.NAME, CATEGORIES.TYPE, CATEGORIES.CREATED_AT)
                .values("acme", java.util.UUID.randomUUID(), "Wine", "SALE", java.time.OffsetDateTime.now())
                .execute()))
                .isInstanceOfSatisfying(dev.ordercore.application.port.out.DuplicateKeyException.class, e -> {
                    assertThat(e.entity()).isEqualTo(dev.ordercore.domain.shared.EntityType.CATEGORY);
                    assertThat(e.key()).contains("categories_name_uk");
                });
    }

    @Test
    void R17_the_application_role_cannot_update_or_delete_history() {
        assertThatThrownBy(() -> db.run(ACME, dsl -> dsl.deleteFrom(STATUS_HISTORY).execute()))
                .hasMessageContaining("permission denied");
        assertThatThrownBy(() -> db.run(ACME, dsl -> dsl.update(STATUS_HISTORY).set(STATUS_HISTORY.STATUS, "x").execute()))
                .hasMessageContaining("permission denied");
    }

    @Test
    void stores_refuse_a_data_source_that_would_bypass_row_level_security() {
        assertThatThrownBy(() -> PostgresStores.create(pg.owner(), java.time.Clock.systemUTC()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("is a superuser");
    }

    @Test
    void the_application_connects_as_neither_owner_nor_superuser() throws SQLException {
        try (Connection c = pg.app().getConnection(); Statement s = c.createStatement()) {
            var rs = s.executeQuery("""
                    select r.rolsuper, r.rolbypassrls, exists (select from pg_tables t where t.tableowner = current_user)
                    from pg_roles r where r.rolname = current_user
                    """);
            rs.next();
            assertThat(rs.getBoolean(1)).as("superuser").isFalse();
            assertThat(rs.getBoolean(2)).as("bypasses RLS").isFalse();
            assertThat(rs.getBoolean(3)).as("owns a table").isFalse();
        }
    }

    @Test
    void R35_every_table_with_a_tenant_id_has_forced_row_level_security_and_a_tenant_policy() throws SQLException {
        // A new migration that forgets its policy would leave a table open to a query without a tenant filter.
        try (Connection c = pg.owner().getConnection(); Statement s = c.createStatement()) {
            var rs = s.executeQuery("""
                    select t.relname, t.relrowsecurity, t.relforcerowsecurity,
                           exists (select from pg_policy p where p.polrelid = t.oid) as has_policy
                    from pg_class t join pg_namespace n on n.oid = t.relnamespace
                    where t.relkind = 'r' and n.nspname = current_schema()
                      and exists (select from pg_attribute a where a.attrelid = t.oid and a.attname = 'tenant_id' and not a.attisdropped)
                    order by t.relname
                    """);
            List<String> open = new java.util.ArrayList<>();
            int tables = 0;
            while (rs.next()) {
                tables++;
                if (!rs.getBoolean(2) || !rs.getBoolean(3) || !rs.getBoolean(4)) {
                    open.add(rs.getString(1));
                }
            }
            assertThat(tables).as("tables with a tenant_id").isGreaterThanOrEqualTo(PostgresTestDatabase.TABLES.size() - 1);
            assertThat(open).as("tables without forced row-level security and a policy").isEmpty();
        }
    }
}
