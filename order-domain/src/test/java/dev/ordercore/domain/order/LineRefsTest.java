package dev.ordercore.domain.order;

import dev.ordercore.domain.access.Principal;
import dev.ordercore.domain.shared.OrderError;
import dev.ordercore.domain.shared.Result;
import dev.ordercore.domain.shared.TenantId;
import dev.ordercore.domain.shared.Violation;
import dev.ordercore.domain.testing.OrderFixtures;
import dev.ordercore.domain.testing.OrderJournal;
import dev.ordercore.domain.testing.TenantSetup;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static dev.ordercore.domain.testing.OrderFixtures.CATALOG;
import static dev.ordercore.domain.testing.OrderFixtures.CHABLIS_2022;
import static dev.ordercore.domain.testing.OrderFixtures.EXCAVATOR_3T;
import static dev.ordercore.domain.testing.OrderFixtures.EXCAVATOR_7;
import static dev.ordercore.domain.testing.OrderFixtures.NOW;
import static dev.ordercore.domain.testing.OrderFixtures.aCharge;
import static dev.ordercore.domain.testing.OrderFixtures.aRental;
import static dev.ordercore.domain.testing.OrderFixtures.aSale;
import static dev.ordercore.domain.testing.OrderFixtures.anOrder;
import static dev.ordercore.domain.testing.OrderFixtures.place;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** How lines name each other (refs, R7) and the catalog entries they point at, at placement and when added later. */
class LineRefsTest {

    private final TenantSetup setup = OrderFixtures.setup();
    private final Principal operator = setup.operator();

    private static List<Violation> violations(Result<?, OrderError> refused) {
        return ((OrderError.ValidationFailed) refused.error()).violations();
    }

    @Test
    @DisplayName("R7 a ref names one line of the order and has the shape of a label")
    void r7_a_ref_names_one_line_of_the_order_and_has_the_shape_of_a_label() {
        Result<OrderChange, OrderError> refused = place(anOrder().line(aSale().ref("wine").build()).line(aCharge().ref("wine").build())
                .line(aCharge().ref("-fee").build()).build());

        assertThat(violations(refused)).extracting(Violation::path, Violation::code, Violation::message).containsExactly(
                tuple("lineItems[1].ref", "duplicate_ref", "ref 'wine' names another line of this order already"),
                tuple("lineItems[2].ref", "invalid_ref",
                        "a ref is 1-64 characters of letters, digits and _ . - starting with a letter or digit"));
    }

    @Test
    @DisplayName("R7 a line added later may not take the ref of a line the order has and may modify that line by id")
    void r7_a_line_added_later_may_not_take_the_ref_of_a_line_the_order_has_and_may_modify_that_line_by_id() {
        OrderJournal j = OrderFixtures.placed(anOrder().line(aSale().ref("wine").build()).build()).journal();
        LineItemId wine = j.order().lineItems().get(0).id();

        Result<OrderJournal, OrderError> sameRef = j.adjust(new Order.Adjustment(List.of(aCharge().ref("wine").build()), List.of(),
                "fee", operator), CATALOG, setup.rounding());
        OrderJournal modifying = j.adjust(new Order.Adjustment(List.of(aCharge().ref("fee").modifies(LineRef.id(wine)).build()),
                List.of(), "fee", operator), CATALOG, setup.rounding()).value();

        assertThat(violations(sameRef)).extracting(Violation::path, Violation::code).containsExactly(tuple("add[0].ref", "duplicate_ref"));
        assertThat(modifying.order().lineItems().get(1).modifies()).contains(wine);
    }

    @Test
    @DisplayName("R9 an asset and a product on one line must agree")
    void r9_an_asset_and_a_product_on_one_line_must_agree() {
        Result<OrderChange, OrderError> refused = place(anOrder().line(aRental().product(CHABLIS_2022.id()).build()).build());

        assertThat(violations(refused)).extracting(Violation::path, Violation::code, Violation::message).containsExactly(
                tuple("lineItems[0].assetId", "asset_product_mismatch", "asset " + EXCAVATOR_7.id() + " is a unit of product "
                        + EXCAVATOR_3T.id() + ", not of " + CHABLIS_2022.id()));
        assertThat(place(anOrder().line(aRental().product(EXCAVATOR_3T.id()).build()).build()).isOk()).isTrue();
    }

    @Test
    @DisplayName("R24 lines added to an intent born order get ids derived from their position after the existing lines")
    void r24_lines_added_to_an_intent_born_order_get_ids_derived_from_their_position_after_the_existing_lines() {
        TenantId tenant = setup.tenant();
        OrderId id = OrderId.forIntent(tenant, "pos", "i-1");
        Order order = Order.place(new Order.Placement(tenant, id, OrderNumber.of("WF", 2026, 1),
                anOrder().line(aSale().build()).build(), CATALOG, setup.rounding(), setup.lifecycles(), OrderIds.derivedFrom(id),
                Optional.of(new IntentRef("pos", "i-1")), operator, NOW)).value().order();

        Order adjusted = order.adjust(new Order.Adjustment(List.of(aCharge().build(), aCharge().build()), List.of(), "fees", operator),
                CATALOG, setup.rounding(), setup.lifecycles(), OrderIds.derivedFrom(id), NOW.plusSeconds(1)).value().order();

        assertThat(adjusted.lineItems()).extracting(LineItem::id).containsExactly(LineItemId.derived(id, 0), LineItemId.derived(id, 1),
                LineItemId.derived(id, 2));
    }
}
