package dev.ordercore.domain.order;

import dev.ordercore.domain.catalog.CatalogSnapshot;
import dev.ordercore.domain.catalog.Product;
import dev.ordercore.domain.json.JsonObject;
import dev.ordercore.domain.shared.RoundingPolicy;
import dev.ordercore.domain.testing.OrderFixtures;
import dev.ordercore.domain.testing.OrderJournal;
import dev.ordercore.domain.testing.TenantSetup;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static dev.ordercore.domain.testing.OrderFixtures.CHABLIS;
import static dev.ordercore.domain.testing.OrderFixtures.CHABLIS_2022;
import static dev.ordercore.domain.testing.OrderFixtures.aSale;
import static dev.ordercore.domain.testing.OrderFixtures.anOrder;
import static org.assertj.core.api.Assertions.assertThat;

/** R9 as seed 001 tells it: the item keeps the product as it was when ordered. */
class ProductSnapshotTest {

    @Test
    @DisplayName("R9 the snapshot is taken at placement and survives transitions adjustments and a changed catalog")
    void r9_the_snapshot_is_taken_at_placement_and_survives_transitions_adjustments_and_a_changed_catalog() {
        TenantSetup setup = OrderFixtures.setup();
        OrderJournal j = OrderFixtures.placed(anOrder().line(aSale().build()).build()).journal();
        ProductSnapshot taken = j.order().lineItems().get(0).snapshot().orElseThrow();
        Product renamed = new Product(CHABLIS_2022.id(), CHABLIS_2022.tenant(), CHABLIS.id(), "WINE-CHABLIS-2022-B", "Chablis 2022 (new label)",
                JsonObject.builder().put("producer", "Domaine Y").put("vintage", 2022).build(), CHABLIS_2022.createdAt());
        CatalogSnapshot changed = new CatalogSnapshot(setup.catalog().categories(), setup.catalog().klasses(),
                Map.of(renamed.id(), renamed), setup.catalog().assets());

        j = j.transition(TransitionRequest.to("CONFIRMED", setup.operator())).value();
        j = j.adjust(new Order.Adjustment(List.of(aSale().quantity(6).build()), List.of(), "six more", setup.operator()), changed,
                RoundingPolicy.DEFAULT).value();

        assertThat(taken).isEqualTo(new ProductSnapshot(CHABLIS_2022.id(), "WINE-CHABLIS-2022", "Chablis 2022", CHABLIS.id(), "Chablis",
                CHABLIS_2022.attributes()));
        assertThat(j.order().lineItems().get(0).snapshot()).contains(taken);
        assertThat(j.order().lineItems().get(1).snapshot().orElseThrow().name()).isEqualTo("Chablis 2022 (new label)");
        assertThat(j.order().lineItems().get(1).snapshot().orElseThrow().attributes()).isEqualTo(renamed.attributes());
    }

    @Test
    @DisplayName("R9 a line bound to an asset snapshots the assets product and charges have none")
    void r9_a_line_bound_to_an_asset_snapshots_the_assets_product_and_charges_have_none() {
        Order order = OrderFixtures.place(anOrder().line(OrderFixtures.aRental().build()).line(OrderFixtures.aCharge().build())
                .line(OrderFixtures.aService().build()).build()).value().order();

        assertThat(order.lineItems().get(0).snapshot().orElseThrow().product()).isEqualTo(OrderFixtures.EXCAVATOR_3T.id());
        assertThat(order.lineItems().get(1).snapshot()).isEmpty();
        assertThat(order.lineItems().get(2).snapshot()).as("a klass without a product has nothing to snapshot").isEmpty();
    }
}
