package dev.ordercore.adapter.postgres;

import dev.ordercore.application.OrderCorePorts;
import dev.ordercore.application.contract.ContractData;
import dev.ordercore.domain.catalog.Asset;
import dev.ordercore.domain.catalog.Category;
import dev.ordercore.domain.catalog.Klass;
import dev.ordercore.domain.catalog.OrderModifier;
import dev.ordercore.domain.catalog.OrderModifierRule;
import dev.ordercore.domain.catalog.Product;
import dev.ordercore.domain.order.Order;
import dev.ordercore.domain.shared.TenantId;
import org.jooq.Record1;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static dev.ordercore.adapter.postgres.jooq.Tables.ASSETS;
import static dev.ordercore.adapter.postgres.jooq.Tables.CATEGORIES;
import static dev.ordercore.adapter.postgres.jooq.Tables.KLASSES;
import static dev.ordercore.adapter.postgres.jooq.Tables.ORDER_MODIFIERS;
import static dev.ordercore.adapter.postgres.jooq.Tables.ORDER_MODIFIER_RULES;
import static dev.ordercore.adapter.postgres.jooq.Tables.PRODUCTS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What the schema itself guarantees about the catalog, behind the stores: rows are never removed
 * (the application role has no DELETE, and foreign keys from line items keep even the owner from
 * removing what an order uses), keys lead with the tenant so nothing points across tenants, the
 * new tables are isolated by row-level security like the others, and CHECK constraints hold a
 * rule's shape.
 */
class CatalogForeignKeysIT {

    private static final String FOREIGN_KEY_VIOLATION = "23503";
    private static final String CHECK_VIOLATION = "23514";
    private static final TenantId ACME = ContractData.TENANT;
    private static final TenantId GLOBEX = ContractData.OTHER_TENANT;

    private final PostgresTestDatabase pg = PostgresTestDatabase.forClass(CatalogForeignKeysIT.class);
    private OrderCorePorts ports;
    private Map<TenantId, Catalog> catalogs;
    private Order order;

    /** One tenant's catalog: every kind of entry, each hanging on the one before. */
    private record Catalog(Category category, Klass klass, Product product, Asset asset, OrderModifier modifier, OrderModifierRule rule) {
        static Catalog storedIn(OrderCorePorts ports, TenantId tenant) {
            Category category = ContractData.category(tenant, "Tents");
            Klass klass = ContractData.klass(tenant, category.id(), "Party tent");
            Product product = ContractData.product(tenant, klass.id(), "TENT-6x12");
            Asset asset = ContractData.asset(tenant, product.id(), "T-7");
            OrderModifier modifier = ContractData.modifier(tenant, "Delivery");
            OrderModifierRule rule = ContractData.rule(tenant, modifier.id(), klass.id());
            ports.categories().insert(category);
            ports.klasses().insert(klass);
            ports.products().insert(product);
            ports.assets().insert(asset);
            ports.modifiers().insert(modifier);
            ports.modifierRules().insert(rule);
            return new Catalog(category, klass, product, asset, modifier, rule);
        }
    }

    @BeforeEach
    void anOrderUsingEveryKindOfEntry() {
        ports = pg.freshStores(ContractData.CLOCK).ports();
        catalogs = Map.of(ACME, Catalog.storedIn(ports, ACME), GLOBEX, Catalog.storedIn(ports, GLOBEX));
        order = ContractData.order(ACME).lineFor(ContractData.aCustomer()).build();
        ports.orders().insert(order);
        Catalog acme = catalogs.get(ACME);
        owner("update line_items set kind = 'SALE', klass_id = '%s', product_id = '%s', asset_id = '%s' where %s"
                .formatted(acme.klass().id(), acme.product().id(), acme.asset().id(), line(0)));
        owner("update line_items set charge_modifier_id = '%s', charge_kind = 'DELIVERY', charge_rule_id = '%s', modifies = '%s' where %s"
                .formatted(acme.modifier().id(), acme.rule().id(), order.lineItems().get(0).id(), line(1)));
    }

    @Test
    void nothing_an_order_uses_can_be_removed_even_by_the_owner_of_the_tables() {
        Catalog acme = catalogs.get(ACME);
        Map<String, Object> used = Map.of("order_modifier_rules", acme.rule().id(), "order_modifiers", acme.modifier().id(),
                "assets", acme.asset().id(), "products", acme.product().id(), "klasses", acme.klass().id(),
                "categories", acme.category().id());

        used.forEach((table, id) -> assertThat(sqlState(pg.owner(), "delete from " + table + " where tenant_id = 'acme' and id = '" + id + "'"))
                .as(table).isEqualTo(FOREIGN_KEY_VIOLATION));
    }

    @Test
    void the_application_role_may_not_delete_catalog_rows_at_all_only_mark_them() {
        Database db = new Database(pg.app(), List.of());
        for (var table : List.of(CATEGORIES, KLASSES, PRODUCTS, ASSETS, ORDER_MODIFIERS, ORDER_MODIFIER_RULES)) {
            assertThatThrownBy(() -> db.run(ACME, dsl -> dsl.deleteFrom(table).execute())).as(table.getName())
                    .hasMessageContaining("permission denied");
        }

        ports.modifiers().markDeleted(ACME, catalogs.get(ACME).modifier().id(), Instant.parse("2026-03-03T00:00:00Z"));

        assertThat(ports.orders().find(ACME, order.id())).hasValueSatisfying(found ->
                assertThat(found.lineItems().get(1).charge()).hasValueSatisfying(c ->
                        assertThat(c.modifier()).isEqualTo(catalogs.get(ACME).modifier().id())));
    }

    @Test
    void R35_a_line_cannot_point_at_another_tenants_klass_product_asset_modifier_or_rule() {
        Catalog globex = catalogs.get(GLOBEX);
        Map<String, UUID> onTheSale = Map.of("klass_id", globex.klass().id().value(), "product_id", globex.product().id().value(),
                "asset_id", globex.asset().id().value());
        Map<String, UUID> onTheCharge = Map.of("charge_modifier_id", globex.modifier().id().value(),
                "charge_rule_id", globex.rule().id().value());

        onTheSale.forEach((column, id) -> assertThat(sqlState(pg.owner(), "update line_items set " + column + " = '" + id + "' where " + line(0)))
                .as(column).isEqualTo(FOREIGN_KEY_VIOLATION));
        onTheCharge.forEach((column, id) -> assertThat(sqlState(pg.owner(), "update line_items set " + column + " = '" + id + "' where " + line(1)))
                .as(column).isEqualTo(FOREIGN_KEY_VIOLATION));
        assertThat(sqlState(pg.owner(), "update order_modifier_rules set modifier_id = '%s' where id = '%s'"
                .formatted(globex.modifier().id(), catalogs.get(ACME).rule().id()))).isEqualTo(FOREIGN_KEY_VIOLATION);
    }

    @Test
    void R35_each_tenant_sees_and_writes_only_its_own_modifiers_and_rules() {
        Database db = new Database(pg.app(), List.of());

        List<UUID> acmeModifiers = db.run(ACME, dsl -> dsl.select(ORDER_MODIFIERS.ID).from(ORDER_MODIFIERS).fetch(Record1::value1));
        List<UUID> globexRules = db.run(GLOBEX, dsl -> dsl.select(ORDER_MODIFIER_RULES.ID).from(ORDER_MODIFIER_RULES).fetch(Record1::value1));

        assertThat(acmeModifiers).containsExactly(catalogs.get(ACME).modifier().id().value());
        assertThat(globexRules).containsExactly(catalogs.get(GLOBEX).rule().id().value());
        assertThatThrownBy(() -> db.run(ACME, dsl -> dsl.update(ORDER_MODIFIERS).set(ORDER_MODIFIERS.TENANT_ID, "globex").execute()))
                .hasMessageContaining("row-level security");
        int updated = db.run(ACME, dsl -> dsl.update(ORDER_MODIFIER_RULES).set(ORDER_MODIFIER_RULES.EFFECT_CURRENCY, "EUR")
                .where(ORDER_MODIFIER_RULES.TENANT_ID.eq("globex")).execute());
        assertThat(updated).as("another tenant's rows are not there to update").isZero();
        assertThat(ports.modifierRules().find(GLOBEX, catalogs.get(GLOBEX).rule().id())).contains(catalogs.get(GLOBEX).rule());
    }

    @Test
    void the_schema_refuses_a_rule_whose_effect_or_kinds_break_its_shape_and_a_charge_on_a_line_that_is_no_charge() {
        String rule = catalogs.get(ACME).rule().id().toString();

        assertThat(sqlState(pg.owner(), "update order_modifier_rules set effect_percent = 10 where id = '" + rule + "'"))
                .as("a FIXED effect with a percent").isEqualTo(CHECK_VIOLATION);
        assertThat(sqlState(pg.owner(), "update order_modifier_rules set effect_type = 'PERCENT' where id = '" + rule + "'"))
                .as("a PERCENT effect with an amount and no percent").isEqualTo(CHECK_VIOLATION);
        assertThat(sqlState(pg.owner(), "update order_modifier_rules set effect_amount = -1 where id = '" + rule + "'"))
                .as("a negative amount").isEqualTo(CHECK_VIOLATION);
        assertThat(sqlState(pg.owner(), "update order_modifier_rules set condition_kinds = array['RENTAL', 'BOAT'] where id = '" + rule + "'"))
                .as("a kind the model does not know").isEqualTo(CHECK_VIOLATION);
        assertThat(sqlState(pg.owner(), "update order_modifier_rules set effect_amount = null where id = '" + rule + "'"))
                .as("a FIXED effect without its amount").isEqualTo(CHECK_VIOLATION);
        assertThat(sqlState(pg.owner(), "update order_modifier_rules set effect_type = 'PERCENT', effect_amount = null, effect_currency = null"
                + " where id = '" + rule + "'")).as("a PERCENT effect without its percent").isEqualTo(CHECK_VIOLATION);
        assertThat(sqlState(pg.owner(), "update order_modifier_rules set min_line_currency = null where id = '" + rule + "'"))
                .as("a minimum amount without its currency").isEqualTo(CHECK_VIOLATION);
        assertThat(sqlState(pg.owner(), "update order_modifier_rules set min_line_amount = null where id = '" + rule + "'"))
                .as("a currency without its minimum amount").isEqualTo(CHECK_VIOLATION);
        assertThat(sqlState(pg.owner(), "update line_items set kind = 'SALE' where " + line(1)))
                .as("a charge on a SALE line").isEqualTo(CHECK_VIOLATION);
        assertThat(sqlState(pg.owner(), "update line_items set charge_kind = null where " + line(1)))
                .as("a modifier without its kind").isEqualTo(CHECK_VIOLATION);
        assertThat(sqlState(pg.owner(), "update line_items set charge_kind = 'FEE' where " + line(0)))
                .as("a kind without its modifier").isEqualTo(CHECK_VIOLATION);
        assertThat(ports.modifierRules().find(ACME, catalogs.get(ACME).rule().id())).contains(catalogs.get(ACME).rule());
    }

    /** The condition selecting the order's line at {@code position}. */
    private String line(int position) {
        return "order_id = '" + order.id() + "' and position = " + position;
    }

    private void owner(String sql) {
        PostgresTestDatabase.execute(pg.owner(), sql);
    }

    /** The SQLSTATE the statement fails with; fails the test if it succeeds. */
    private static String sqlState(DataSource ds, String sql) {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            return e.getSQLState();
        }
        throw new AssertionError("expected to be refused: " + sql);
    }
}
