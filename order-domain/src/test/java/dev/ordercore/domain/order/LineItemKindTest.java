package dev.ordercore.domain.order;

import dev.ordercore.domain.catalog.CategoryType;
import dev.ordercore.domain.catalog.Frequency;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static dev.ordercore.domain.testing.OrderFixtures.CUSTOMER;
import static dev.ordercore.domain.testing.OrderFixtures.DAY;
import static dev.ordercore.domain.testing.OrderFixtures.aCharge;
import static dev.ordercore.domain.testing.OrderFixtures.aPurchase;
import static dev.ordercore.domain.testing.OrderFixtures.aRental;
import static dev.ordercore.domain.testing.OrderFixtures.aSale;
import static dev.ordercore.domain.testing.OrderFixtures.aService;
import static dev.ordercore.domain.testing.OrderFixtures.anOrder;
import static dev.ordercore.domain.testing.OrderFixtures.place;
import static org.assertj.core.api.Assertions.assertThat;

class LineItemKindTest {

    /** The five sentences of R2, each on its own, as predicates over the facts. */
    private static Map<LineItemKind, Boolean> sentences(LineItemKind.Facts f) {
        boolean charge = !f.klass() && !f.product();
        boolean rental = !charge && f.period();
        boolean purchase = !charge && !f.period() && f.product() && f.vendor() && !f.customer();
        boolean service = !charge && !f.period() && !purchase && f.klassCategory().equals(Optional.of(CategoryType.SERVICE));
        boolean sale = !charge && !rental && !purchase && !service;
        Map<LineItemKind, Boolean> m = new EnumMap<>(LineItemKind.class);
        m.put(LineItemKind.CHARGE, charge);
        m.put(LineItemKind.RENTAL, rental);
        m.put(LineItemKind.PURCHASE, purchase);
        m.put(LineItemKind.SERVICE, service);
        m.put(LineItemKind.SALE, sale);
        return m;
    }

    private static List<LineItemKind.Facts> everyCombination() {
        List<Optional<CategoryType>> categories = new ArrayList<>();
        categories.add(Optional.empty());
        for (CategoryType t : CategoryType.values()) {
            categories.add(Optional.of(t));
        }
        List<LineItemKind.Facts> all = new ArrayList<>();
        for (int bits = 0; bits < 1 << 5; bits++) {
            for (Optional<CategoryType> category : categories) {
                all.add(new LineItemKind.Facts((bits & 1) != 0, (bits & 2) != 0, (bits & 4) != 0, (bits & 8) != 0, (bits & 16) != 0,
                        category));
            }
        }
        return all;
    }

    @Test
    @DisplayName("R2 the kind derivation is total and deterministic over all two to the five times category combinations")
    void r2_the_kind_derivation_is_total_and_deterministic_over_all_two_to_the_five_times_category_combinations() {
        List<LineItemKind.Facts> all = everyCombination();
        Map<LineItemKind, Integer> seen = new EnumMap<>(LineItemKind.class);

        for (LineItemKind.Facts facts : all) {
            LineItemKind kind = LineItemKind.derive(facts);
            LineItemKind again = LineItemKind.derive(new LineItemKind.Facts(facts.klass(), facts.product(), facts.period(),
                    facts.customer(), facts.vendor(), facts.klassCategory()));

            assertThat(kind).as("%s", facts).isNotNull().isEqualTo(again);
            Map<LineItemKind, Boolean> holds = sentences(facts);
            assertThat(holds.values().stream().filter(b -> b).count()).as("exactly one sentence of R2 holds for %s", facts).isEqualTo(1);
            assertThat(holds.get(kind)).as("R2 says %s for %s", holds, facts).isTrue();
            seen.merge(kind, 1, Integer::sum);
        }

        assertThat(all).hasSize(32 * 6);
        assertThat(seen).containsOnlyKeys(LineItemKind.values());
    }

    @Test
    @DisplayName("R2 the five kinds arise from a placed order as the rule says")
    void r2_the_five_kinds_arise_from_a_placed_order_as_the_rule_says() {
        OrderDraft draft = anOrder()
                .line(aSale().ref("wine").build())
                .line(aRental().ref("dig").build())
                .line(aService().build())
                .line(aPurchase().build())
                .line(aCharge().modifies("dig").build())
                .build();

        Order order = place(draft).value().order();

        assertThat(order.lineItems()).extracting(LineItem::kind)
                .containsExactly(LineItemKind.SALE, LineItemKind.RENTAL, LineItemKind.SERVICE, LineItemKind.PURCHASE, LineItemKind.CHARGE);
    }

    @Test
    @DisplayName("R2 a product line with a vendor is a purchase only without a customer")
    void r2_a_product_line_with_a_vendor_is_a_purchase_only_without_a_customer() {
        Order order = place(anOrder().line(aPurchase().build()).line(aPurchase().customer(CUSTOMER).build()).build()).value().order();
        Order withDefaultCustomer = place(anOrder().customer(CUSTOMER).line(aPurchase().build()).build()).value().order();

        assertThat(order.lineItems()).extracting(LineItem::kind).containsExactly(LineItemKind.PURCHASE, LineItemKind.SALE);
        assertThat(withDefaultCustomer.lineItems()).extracting(LineItem::kind).containsExactly(LineItemKind.SALE);
    }

    @Test
    @DisplayName("R2 two dates make a rental even of a service klass and a period without klass or product is a charge")
    void r2_two_dates_make_a_rental_even_of_a_service_klass_and_a_period_without_klass_or_product_is_a_charge() {
        BillingDraft weekly = BillingDraft.recurring(BillingTiming.UPFRONT, Frequency.WEEK, 0, Payer.CUSTOMER);
        LineItemDraft serviceOverPeriod = aService().noDates().period(DAY, DAY.plusDays(3)).billing(weekly).build();
        LineItemDraft subscription = aCharge().noDates().period(DAY, DAY.plusDays(30)).billing(weekly).build();

        Order order = place(anOrder().line(serviceOverPeriod).line(subscription).build()).value().order();

        assertThat(order.lineItems()).extracting(LineItem::kind).containsExactly(LineItemKind.RENTAL, LineItemKind.CHARGE);
    }
}
