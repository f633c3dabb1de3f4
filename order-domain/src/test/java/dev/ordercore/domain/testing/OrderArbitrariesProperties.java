package dev.ordercore.domain.testing;

import dev.ordercore.domain.catalog.CatalogSnapshot;
import dev.ordercore.domain.catalog.CategoryType;
import dev.ordercore.domain.lifecycle.Lifecycle;
import dev.ordercore.domain.order.LineItem;
import dev.ordercore.domain.order.LineItemKind;
import dev.ordercore.domain.order.Order;
import dev.ordercore.domain.order.Severity;
import dev.ordercore.domain.order.StatusCode;
import dev.ordercore.domain.order.StatusEntry;
import dev.ordercore.domain.shared.OrderError;
import dev.ordercore.domain.shared.Result;
import net.jqwik.api.ForAll;
import net.jqwik.api.Group;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The published generators do what their documentation promises: everything they make is valid in
 * the domain, every kind of line and every category type occurs, and generated histories contain
 * both accepted and refused steps, BLOCKING entries and closings.
 */
class OrderArbitrariesProperties {

    @Group
    class Catalogs {
        @Property(tries = 50)
        void a_catalog_has_a_category_of_every_type_and_klasses_products_in_each(
                @ForAll(supplier = CatalogArbitraries.Catalogs.class) CatalogSnapshot catalog) {
            Set<CategoryType> types = catalog.categories().values().stream().map(c -> c.type()).collect(Collectors.toSet());

            assertThat(types).containsExactlyInAnyOrder(CategoryType.values());
            for (CategoryType type : CategoryType.values()) {
                assertThat(CatalogArbitraries.klasses(catalog, type)).isNotEmpty()
                        .allSatisfy(k -> assertThat(CatalogArbitraries.products(catalog, k.id())).isNotEmpty());
            }
            assertThat(catalog.assets().values()).allSatisfy(a -> assertThat(catalog.product(a.product())).isPresent());
        }
    }

    @Group
    class PlacedOrders {
        @Property(tries = 150)
        @StatisticsReport(onFailureOnly = true)
        @Label("R2 R14 placed orders start in their lifecycles' initial states, with order:submitted, with every kind of line")
        void placed_orders_start_in_the_initial_states_with_one_submitted_entry(
                @ForAll(supplier = OrderArbitraries.PlacedOrders.class) PlacedOrder placed) {
            Order order = placed.order();

            assertThat(order.lineItems()).hasSameSizeAs(placed.draft().lineItems());
            assertThat(order.status()).isEqualTo(placed.setup().lifecycles().order().initial());
            for (LineItem line : order.lineItems()) {
                Statistics.label("kinds").collect(line.kind());
                Statistics.label("modifier lines").collect(line.modifies().isPresent());
                assertThat(line.status()).isEqualTo(placed.setup().lifecycles().forLine(line.kind()).initial());
            }
            assertThat(placed.journal().history().entries()).singleElement()
                    .extracting(StatusEntry::code).isEqualTo(StatusCode.SUBMITTED);
            Statistics.label("kinds").coverage(c -> Arrays.stream(LineItemKind.values()).forEach(k -> c.check(k).count(n -> n > 0)));
            Statistics.label("modifier lines").coverage(c -> c.check(true).count(n -> n > 0));
        }
    }

    @Group
    class Lifecycles {
        @Property(tries = 200)
        @Label("R12 generated lifecycles are valid and invalid definitions are refused with the violation they were built to show")
        void invalid_definitions_are_refused_with_their_violation(
                @ForAll(supplier = LifecycleArbitraries.InvalidDefinitions.class) LifecycleArbitraries.InvalidLifecycle invalid) {
            Result<Lifecycle, OrderError> defined = Lifecycle.define(invalid.definition());

            Statistics.collect(invalid.expectedCode());
            assertThat(defined.isErr()).isTrue();
            assertThat(((OrderError.ValidationFailed) defined.error()).violations())
                    .extracting(v -> v.code())
                    .contains(invalid.expectedCode());
        }
    }

    @Group
    class Histories {
        @Property(tries = 100)
        @StatisticsReport(onFailureOnly = true)
        void stories_contain_accepted_and_refused_steps_blocking_entries_and_closings(
                @ForAll(supplier = HistoryArbitraries.Stories.class) OrderStory story) {
            story.played().forEach(p -> Statistics.label("steps").collect(p.step().getClass().getSimpleName(), p.accepted()));
            story.history().entries().forEach(e -> Statistics.label("entries").collect(
                    e.closes().isPresent() ? "closing" : e.code().isOrder() ? "order" : e.severity().name()));

            Statistics.label("steps").coverage(c -> {
                c.check("MoveOrder", true).count(n -> n > 0);
                c.check("MoveOrder", false).count(n -> n > 0);
                c.check("MoveLine", true).count(n -> n > 0);
                c.check("Adjust", true).count(n -> n > 0);
                c.check("Write", true).count(n -> n > 0);
                c.check("Close", true).count(n -> n > 0);
                c.check("CancelOrder", true).count(n -> n > 0);
            });
            Statistics.label("entries").coverage(c -> {
                c.check(Severity.BLOCKING.name()).count(n -> n > 0);
                c.check("closing").count(n -> n > 0);
            });
            assertThat(story.history().size()).isGreaterThanOrEqualTo(1);
        }
    }
}
