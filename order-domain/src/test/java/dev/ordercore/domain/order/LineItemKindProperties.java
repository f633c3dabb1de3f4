package dev.ordercore.domain.order;

import dev.ordercore.domain.catalog.CatalogSnapshot;
import dev.ordercore.domain.catalog.CategoryType;
import dev.ordercore.domain.testing.OrderArbitraries;
import dev.ordercore.domain.testing.OrderArbitraries.DraftedOrder;
import dev.ordercore.domain.testing.OrderFixtures;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;

import java.util.Arrays;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

@StatisticsReport(onFailureOnly = true)
class LineItemKindProperties {

    @Property(tries = 150)
    @Label("R2 a placed line's kind is derived from what it has, as the rule says, and is the kind its draft was made to have")
    void a_placed_lines_kind_is_derived_from_what_it_has(@ForAll(supplier = OrderArbitraries.OrderDrafts.class) DraftedOrder drafted) {
        Order order = OrderFixtures.place(drafted.setup(), drafted.draft(), 1).value().order();
        CatalogSnapshot catalog = drafted.setup().catalog();

        for (int i = 0; i < order.lineItems().size(); i++) {
            LineItem line = order.lineItems().get(i);
            boolean period = line.dates().isPeriod();
            boolean catalogued = line.klass().isPresent() || line.product().isPresent();
            Optional<CategoryType> category = line.klass().flatMap(catalog::klass).flatMap(k -> catalog.category(k.category()))
                    .map(c -> c.type());
            LineItemKind expected = !catalogued ? LineItemKind.CHARGE
                    : period ? LineItemKind.RENTAL
                    : line.product().isPresent() && line.vendor().isPresent() && line.customer().isEmpty() ? LineItemKind.PURCHASE
                    : category.equals(Optional.of(CategoryType.SERVICE)) ? LineItemKind.SERVICE
                    : LineItemKind.SALE;

            Statistics.collect(line.kind());
            assertThat(line.kind()).as("line %d: %s", i, line).isEqualTo(expected).isEqualTo(drafted.intendedKinds().get(i));
            if (line.kind() == LineItemKind.RENTAL) {
                assertThat(line.klass()).as("a rental has a klass").isPresent();
            }
        }
        Statistics.coverage(c -> Arrays.stream(LineItemKind.values()).forEach(k -> c.check(k).count(n -> n > 0)));
    }
}
