package dev.ordercore.domain.order;

import dev.ordercore.domain.catalog.CatalogSnapshot;
import dev.ordercore.domain.catalog.Product;
import dev.ordercore.domain.catalog.ProductId;
import dev.ordercore.domain.json.JsonObject;
import dev.ordercore.domain.testing.HistoryArbitraries;
import dev.ordercore.domain.testing.OrderStory;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

@StatisticsReport(onFailureOnly = true)
class ProductSnapshotProperties {

    @Property(tries = 100)
    @Label("R9 every line keeps the product snapshot it was placed with, whatever happens to the order or the catalog afterwards")
    void snapshots_never_change(@ForAll(supplier = HistoryArbitraries.Stories.class) OrderStory story) {
        CatalogSnapshot catalog = story.setup().catalog();
        Order placed = story.placed().order();
        Order now = story.order();

        for (LineItem line : placed.lineItems()) {
            Optional<ProductSnapshot> expected = line.product()
                    .map(p -> ProductSnapshot.of(catalog.product(p).orElseThrow(), catalog.klass(line.klass().orElseThrow()).orElseThrow()));
            Statistics.collect(expected.isPresent() ? "with product" : "without product");
            assertThat(line.snapshot()).isEqualTo(expected);
            assertThat(now.line(line.id()).orElseThrow().snapshot()).isEqualTo(line.snapshot());
        }

        // The catalog moves on: every product renamed, with other attributes. Lines already placed keep theirs.
        Map<ProductId, Product> renamed = new HashMap<>();
        catalog.products().values().forEach(p -> renamed.put(p.id(), new Product(p.id(), p.tenant(), p.klass(), p.sku(), p.name() + " v2",
                JsonObject.builder().put("changed", true).build(), p.createdAt())));
        CatalogSnapshot later = new CatalogSnapshot(catalog.categories(), catalog.klasses(), renamed, catalog.assets());
        var adjusted = story.journal().adjust(new Order.Adjustment(List.of(DraftEdits.plain(story.placed().draft().lineItems().get(0))),
                List.of(), "one more", story.setup().operator()), later, story.setup().rounding());
        Statistics.label("adjusted with the new catalog").collect(adjusted.isOk());
        adjusted.ifOk(after -> {
            for (LineItem line : now.lineItems()) {
                assertThat(after.order().line(line.id()).orElseThrow().snapshot()).isEqualTo(line.snapshot());
            }
        });
    }
}
