package dev.ordercore.domain.order;

import dev.ordercore.domain.catalog.CatalogSnapshot;
import dev.ordercore.domain.shared.OrderError;
import dev.ordercore.domain.shared.Result;
import dev.ordercore.domain.shared.RoundingPolicy;
import dev.ordercore.domain.shared.Violation;
import dev.ordercore.domain.testing.OrderFixtures;
import dev.ordercore.domain.testing.TenantSetup;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.statistics.Statistics;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static dev.ordercore.domain.testing.OrderFixtures.CUSTOMER;
import static dev.ordercore.domain.testing.OrderFixtures.DAY;
import static dev.ordercore.domain.testing.OrderFixtures.EXCAVATOR;
import static dev.ordercore.domain.testing.OrderFixtures.EXCAVATOR_3T;
import static dev.ordercore.domain.testing.OrderFixtures.EXCAVATOR_7;
import static dev.ordercore.domain.testing.OrderFixtures.RENTAL_EQUIPMENT;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whatever is deleted along the chain asset → product → klass → category, a new line naming any
 * link of it is refused exactly when a deleted entry lies on its way up, with one code per deleted
 * entry; a line whose chain holds nothing deleted is placed.
 */
class DeletedCatalogEntriesProperties {

    private static final Instant DELETED = Instant.parse("2026-01-20T08:00:00Z");

    /** Which link of the chain a line names. */
    enum Names { ASSET, PRODUCT, KLASS }

    @Property(tries = 100)
    @Label("a new line is refused exactly for the deleted entries on its chain, each named once")
    void a_new_line_is_refused_exactly_for_the_deleted_entries_on_its_chain(@ForAll Names names, @ForAll boolean assetDeleted,
                                                                          @ForAll boolean productDeleted, @ForAll boolean klassDeleted,
                                                                          @ForAll boolean categoryDeleted) {
        CatalogSnapshot c = OrderFixtures.CATALOG;
        TenantSetup setup = new TenantSetup(OrderFixtures.TENANT, Currency.getInstance("SEK"), CatalogSnapshot.of(
                c.categories().values().stream().map(x -> categoryDeleted && x.id().equals(RENTAL_EQUIPMENT.id()) ? x.deleted(DELETED) : x).toList(),
                c.klasses().values().stream().map(x -> klassDeleted && x.id().equals(EXCAVATOR.id()) ? x.deleted(DELETED) : x).toList(),
                c.products().values().stream().map(x -> productDeleted && x.id().equals(EXCAVATOR_3T.id()) ? x.deleted(DELETED) : x).toList(),
                c.assets().values().stream().map(x -> assetDeleted && x.id().equals(EXCAVATOR_7.id()) ? x.deleted(DELETED) : x).toList()),
                RoundingPolicy.DEFAULT, LifecycleSet.DEFAULT, List.of(CUSTOMER), List.of(OrderFixtures.VENDOR));
        LineItemDraft.Builder line = LineItemDraft.builder().unitPrice("900.00").on(DAY).customer(CUSTOMER);
        switch (names) {
            case ASSET -> line.asset(EXCAVATOR_7.id());
            case PRODUCT -> line.product(EXCAVATOR_3T.id());
            case KLASS -> line.klass(EXCAVATOR.id());
        }
        Set<String> expected = new TreeSet<>();
        if (assetDeleted && names == Names.ASSET) {
            expected.add("asset_deleted");
        }
        if (productDeleted && names != Names.KLASS) {
            expected.add("product_deleted");
        }
        if (klassDeleted) {
            expected.add("klass_deleted");
        }
        if (categoryDeleted) {
            expected.add("category_deleted");
        }

        Result<OrderChange, OrderError> placed = OrderFixtures.place(setup, OrderFixtures.anOrder().line(line.build()).build(), 1);

        Statistics.label("refused").collect(!expected.isEmpty());
        Statistics.label("refused").coverage(k -> {
            k.check(true).percentage(p -> p > 30);
            k.check(false).percentage(p -> p > 5);
        });
        if (expected.isEmpty()) {
            assertThat(placed.isOk()).as("%s", placed).isTrue();
            return;
        }
        List<Violation> violations = ((OrderError.ValidationFailed) placed.error()).violations();
        List<String> codes = new ArrayList<>(violations.stream().map(Violation::code).toList());
        assertThat(codes).containsExactlyInAnyOrderElementsOf(expected);
        String field = switch (names) {
            case ASSET -> "lineItems[0].assetId";
            case PRODUCT -> "lineItems[0].productId";
            case KLASS -> "lineItems[0].klassId";
        };
        assertThat(violations).extracting(Violation::path).containsOnly(field);
    }
}
