package dev.ordercore.domain.order;

import dev.ordercore.domain.catalog.Asset;
import dev.ordercore.domain.catalog.CatalogSnapshot;
import dev.ordercore.domain.catalog.Category;
import dev.ordercore.domain.catalog.Klass;
import dev.ordercore.domain.catalog.Product;
import dev.ordercore.domain.shared.OrderError;
import dev.ordercore.domain.shared.Result;
import dev.ordercore.domain.shared.RoundingPolicy;
import dev.ordercore.domain.shared.Violation;
import dev.ordercore.domain.testing.OrderFixtures;
import dev.ordercore.domain.testing.TenantSetup;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Collection;
import java.util.Currency;
import java.util.List;
import java.util.function.UnaryOperator;

import static dev.ordercore.domain.testing.OrderFixtures.CUSTOMER;
import static dev.ordercore.domain.testing.OrderFixtures.EXCAVATOR;
import static dev.ordercore.domain.testing.OrderFixtures.EXCAVATOR_3T;
import static dev.ordercore.domain.testing.OrderFixtures.EXCAVATOR_7;
import static dev.ordercore.domain.testing.OrderFixtures.RENTAL_EQUIPMENT;
import static dev.ordercore.domain.testing.OrderFixtures.aRental;
import static dev.ordercore.domain.testing.OrderFixtures.aSale;
import static dev.ordercore.domain.testing.OrderFixtures.anOrder;
import static dev.ordercore.domain.testing.OrderFixtures.place;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Catalog entries are deleted softly: a new line may not use a deleted asset, product, klass or
 * category (nor anything hanging on one), each reported at the field the line named.
 */
class DeletedCatalogEntriesTest {

    private static final Instant DELETED = Instant.parse("2026-01-20T08:00:00Z");

    private static TenantSetup with(UnaryOperator<Asset> asset, UnaryOperator<Product> product, UnaryOperator<Klass> klass,
                                    UnaryOperator<Category> category) {
        CatalogSnapshot c = OrderFixtures.CATALOG;
        return new TenantSetup(OrderFixtures.TENANT, Currency.getInstance("SEK"), CatalogSnapshot.of(
                map(c.categories().values(), x -> x.id().equals(RENTAL_EQUIPMENT.id()) ? category.apply(x) : x),
                map(c.klasses().values(), x -> x.id().equals(EXCAVATOR.id()) ? klass.apply(x) : x),
                map(c.products().values(), x -> x.id().equals(EXCAVATOR_3T.id()) ? product.apply(x) : x),
                map(c.assets().values(), x -> x.id().equals(EXCAVATOR_7.id()) ? asset.apply(x) : x)),
                RoundingPolicy.DEFAULT, LifecycleSet.DEFAULT, List.of(CUSTOMER), List.of(OrderFixtures.VENDOR));
    }

    private static <T> List<T> map(Collection<T> entries, UnaryOperator<T> f) {
        return entries.stream().map(f).toList();
    }

    private static List<Violation> violations(TenantSetup setup, LineItemDraft line) {
        Result<OrderChange, OrderError> placed = place(setup, anOrder().line(line).build(), 1);
        assertThat(placed.isErr()).as("placing should be refused").isTrue();
        return ((OrderError.ValidationFailed) placed.error()).violations();
    }

    @Test
    void a_line_naming_a_deleted_asset_is_refused_at_asset_id() {
        TenantSetup setup = with(a -> a.deleted(DELETED), p -> p, k -> k, c -> c);

        assertThat(violations(setup, aRental().build())).extracting(Violation::path, Violation::code)
                .containsExactly(tuple("lineItems[0].assetId", "asset_deleted"));
    }

    @Test
    void a_deleted_product_refuses_lines_naming_it_and_lines_naming_its_units() {
        TenantSetup setup = with(a -> a, p -> p.deleted(DELETED), k -> k, c -> c);

        assertThat(violations(setup, aRental().build())).extracting(Violation::path, Violation::code)
                .containsExactly(tuple("lineItems[0].assetId", "product_deleted"));
        assertThat(violations(setup, LineItemDraft.builder().product(EXCAVATOR_3T.id()).unitPrice("900.00").on(OrderFixtures.DAY)
                .customer(CUSTOMER).build())).extracting(Violation::path, Violation::code)
                .containsExactly(tuple("lineItems[0].productId", "product_deleted"));
    }

    @Test
    void a_deleted_klass_or_category_refuses_lines_of_that_klass_and_names_each_deletion() {
        TenantSetup klassGone = with(a -> a, p -> p, k -> k.deleted(DELETED), c -> c);
        TenantSetup bothGone = with(a -> a, p -> p, k -> k.deleted(DELETED), c -> c.deleted(DELETED));

        assertThat(violations(klassGone, LineItemDraft.builder().klass(EXCAVATOR.id()).unitPrice("900.00").on(OrderFixtures.DAY)
                .customer(CUSTOMER).build())).extracting(Violation::path, Violation::code)
                .containsExactly(tuple("lineItems[0].klassId", "klass_deleted"));
        assertThat(violations(bothGone, aRental().build())).extracting(Violation::path, Violation::code)
                .containsExactly(tuple("lineItems[0].assetId", "klass_deleted"), tuple("lineItems[0].assetId", "category_deleted"));
    }

    @Test
    void lines_of_entries_that_are_not_deleted_are_placed_beside_a_deleted_one() {
        TenantSetup setup = with(a -> a.deleted(DELETED), p -> p, k -> k, c -> c);

        Result<OrderChange, OrderError> placed = place(setup, anOrder().line(aSale().build())
                .line(aRental().asset(OrderFixtures.EXCAVATOR_8.id()).build()).build(), 1);

        assertThat(placed.isOk()).as("%s", placed).isTrue();
    }
}
