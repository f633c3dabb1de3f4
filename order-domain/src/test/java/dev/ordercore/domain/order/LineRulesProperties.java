package dev.ordercore.domain.order;

import dev.ordercore.domain.catalog.Frequency;
import dev.ordercore.domain.shared.Address;
import dev.ordercore.domain.shared.OrderError;
import dev.ordercore.domain.shared.Result;
import dev.ordercore.domain.testing.OrderArbitraries.DraftedOrder;
import dev.ordercore.domain.testing.OrderArbitraries;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Group;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import static dev.ordercore.domain.order.DraftEdits.place;
import static dev.ordercore.domain.order.DraftEdits.replace;
import static dev.ordercore.domain.order.DraftEdits.violations;
import static dev.ordercore.domain.order.DraftEdits.withoutDefaults;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rules of one line (R1, R3-R7), checked by editing one line of a generated valid order and
 * placing it: the order is placed exactly when the rule allows the edit, and otherwise refused
 * with exactly the violations the rule names, at the edited line's path.
 */
@StatisticsReport(onFailureOnly = true)
class LineRulesProperties {

    /** A generated valid order without defaults, and one of its lines. */
    record Target(DraftedOrder drafted, OrderDraft draft, int index) {
        LineItemDraft line() {
            return draft.lineItems().get(index);
        }

        String at(String field) {
            return "lineItems[" + index + "]" + (field.isEmpty() ? "" : "." + field);
        }

        Optional<LocalDate> fromDate() {
            return line().from();
        }

        Result<OrderChange, OrderError> placeWith(LineItemDraft edited) {
            return place(drafted, replace(draft, index, edited));
        }
    }

    @Provide
    Arbitrary<Target> targets() {
        return Combinators.combine(OrderArbitraries.orderDrafts(), Arbitraries.integers().between(0, 1000))
                .as((d, pick) -> {
                    OrderDraft plain = withoutDefaults(d.draft());
                    return new Target(d, plain, pick % plain.lineItems().size());
                });
    }

    private static void coverBothOutcomes(String rule, Set<String> expected) {
        Statistics.label(rule).collect(expected.isEmpty() ? "accepted" : "refused");
        Statistics.label(rule).coverage(c -> {
            c.check("accepted").count(n -> n > 0);
            c.check("refused").count(n -> n > 0);
        });
    }

    private static void assertOutcome(Result<OrderChange, OrderError> placed, Set<String> expected) {
        assertThat(violations(placed)).isEqualTo(expected);
        assertThat(placed.isOk()).isEqualTo(expected.isEmpty());
    }

    @Group
    @Label("R1 dates")
    class OneOrTwoDates {

        @Provide
        Arbitrary<List<Optional<LocalDate>>> dateShapes() {
            LocalDate day = LocalDate.of(2026, 3, 10);
            Arbitrary<Optional<LocalDate>> near = Arbitraries.integers().between(-3, 3).map(day::plusDays).optional(0.6);
            return near.list().ofSize(3);
        }

        @Property(tries = 200)
        @Label("R1 a line has one date or a forward half-open period, and anything else is refused where it is wrong")
        void a_line_has_one_date_or_a_forward_period(@ForAll("targets") Target t, @ForAll("dateShapes") List<Optional<LocalDate>> dates) {
            Optional<LocalDate> on = dates.get(0);
            Optional<LocalDate> from = dates.get(1);
            Optional<LocalDate> to = dates.get(2);
            boolean twoDates = on.isEmpty() && from.isPresent() && to.isPresent();
            Optional<BillingDraft> billing = twoDates
                    ? Optional.of(BillingDraft.recurring(BillingTiming.UPFRONT, Frequency.WEEK, 0, Payer.BUSINESS))
                    : Optional.empty();
            LineItemDraft edited = DraftEdits.withDeliveries(DraftEdits.withBilling(DraftEdits.withDates(t.line(), on, from, to), billing),
                    List.of());

            Set<String> expected = new TreeSet<>();
            if (on.isPresent() && (from.isPresent() || to.isPresent())) {
                expected.add(t.at("on") + " dates_conflict");
            } else if (on.isEmpty() && from.isEmpty() && to.isEmpty()) {
                expected.add(t.at("on") + " dates_missing");
            } else if (on.isEmpty() && from.isPresent() != to.isPresent()) {
                expected.add(t.at(from.isPresent() ? "to" : "from") + " dates_incomplete");
            } else if (twoDates && !from.get().isBefore(to.get())) {
                expected.add(t.at("to") + " period_not_forward");
            }
            Result<OrderChange, OrderError> placed = t.placeWith(edited);

            coverBothOutcomes("R1", expected);
            assertOutcome(placed, expected);
            if (placed.isOk()) {
                Dates placedDates = placed.value().order().lineItems().get(t.index()).dates();
                assertThat(placedDates).isEqualTo(twoDates
                        ? Dates.period(from.get(), to.get())
                        : Dates.on(on.get()));
            }
        }
    }

    @Group
    @Label("R3 quantity")
    class Quantity {

        @Provide
        Arbitrary<Integer> quantities() {
            return Arbitraries.oneOf(Arbitraries.integers().between(-2, 3),
                    Arbitraries.integers().between(LineItem.MAX_QUANTITY - 1, LineItem.MAX_QUANTITY + 2));
        }

        @Property(tries = 200)
        @Label("R3 a line bound to an asset has quantity 1 and other lines have a quantity of at least 1")
        void asset_lines_have_quantity_one_and_others_at_least_one(@ForAll("targets") Target t, @ForAll("quantities") int quantity) {
            boolean asset = t.line().asset().isPresent();
            Set<String> expected = new TreeSet<>();
            if (asset && quantity != 1) {
                expected.add(t.at("quantity") + " asset_quantity");
            } else if (quantity < 1) {
                expected.add(t.at("quantity") + " quantity_too_small");
            } else if (quantity > LineItem.MAX_QUANTITY) {
                expected.add(t.at("quantity") + " quantity_too_large");
            }

            Result<OrderChange, OrderError> placed = t.placeWith(t.line().toBuilder().quantity(quantity).build());

            Statistics.label("R3 line").collect(asset ? "asset" : "no asset", expected.isEmpty() ? "accepted" : "refused");
            coverBothOutcomes("R3", expected);
            assertOutcome(placed, expected);
        }
    }

    @Group
    @Label("R4 deliveries")
    class Deliveries {

        @Provide
        Arbitrary<List<DeliveryDirection>> directions() {
            return Arbitraries.of(DeliveryDirection.class).list().ofMaxSize(LineItem.MAX_DELIVERIES + 1);
        }

        @Property(tries = 200)
        @Label("R4 a line has at most two deliveries, out and back, and a one-date line at most one")
        void at_most_two_deliveries_and_one_on_a_one_date_line(@ForAll("targets") Target t, @ForAll("directions") List<DeliveryDirection> directions) {
            LocalDate day = t.line().on().or(t::fromDate).orElseThrow();
            Address address = Address.of("Kungsgatan 1", "111 43", "Stockholm", "SE");
            List<OrderDelivery> deliveries = directions.stream()
                    .map(d -> new OrderDelivery(d, Optional.empty(), Optional.of(address), day))
                    .toList();
            boolean oneDate = t.line().on().isPresent();
            Set<String> expected = new TreeSet<>();
            if (deliveries.size() > LineItem.MAX_DELIVERIES) {
                expected.add(t.at("deliveries") + " too_many_deliveries");
            } else if (oneDate && deliveries.size() > 1) {
                expected.add(t.at("deliveries") + " too_many_deliveries");
            } else if (deliveries.size() == 2 && directions.get(0) == directions.get(1)) {
                expected.add(t.at("deliveries") + " duplicate_direction");
            }

            Result<OrderChange, OrderError> placed = t.placeWith(DraftEdits.withDeliveries(t.line(), deliveries));

            Statistics.label("R4 line").collect(oneDate ? "one date" : "two dates", deliveries.size());
            coverBothOutcomes("R4", expected);
            assertOutcome(placed, expected);
            if (placed.isOk()) {
                assertThat(placed.value().order().lineItems().get(t.index()).deliveries()).isEqualTo(deliveries);
            }
        }
    }

    @Group
    @Label("R5 counterparties")
    class Counterparties {

        @Property(tries = 200)
        @Label("R5 a line has a customer, a vendor or both, on the line or as the order's default")
        void a_line_has_a_customer_a_vendor_or_both(@ForAll("targets") Target t, @ForAll boolean customer, @ForAll boolean vendor,
                                                    @ForAll boolean asDefault) {
            TenantSetupParties parties = new TenantSetupParties(t);
            Optional<CustomerId> c = customer ? Optional.of(parties.customer()) : Optional.empty();
            Optional<VendorId> v = vendor ? Optional.of(parties.vendor()) : Optional.empty();
            OrderDraft draft;
            if (asDefault) {
                // Every other line names its own parties, so only this line leans on the defaults.
                LineItemDraft bare = DraftEdits.withParties(t.line(), Optional.empty(), Optional.empty());
                OrderDraft base = replace(t.draft(), t.index(), bare);
                draft = new OrderDraft(base.currency(), c, v, base.notes(), base.internalNotes(), base.contact(), base.deliveryAddress(),
                        base.estimatedDelivery(), base.lineItems());
            } else {
                draft = replace(t.draft(), t.index(), DraftEdits.withParties(t.line(), c, v));
            }
            Set<String> expected = new TreeSet<>();
            if (!customer && !vendor) {
                expected.add(t.at("customerId") + " no_counterparty");
            }
            if (!customer && t.line().billing().flatMap(BillingDraft::payer).filter(Payer.CUSTOMER::equals).isPresent()) {
                expected.add(t.at("billing.payer") + " payer_needs_customer");
            }

            Result<OrderChange, OrderError> placed = place(t.drafted(), draft);

            coverBothOutcomes("R5", expected);
            assertOutcome(placed, expected);
            if (placed.isOk()) {
                LineItem line = placed.value().order().lineItems().get(t.index());
                assertThat(line.customer()).isEqualTo(c);
                assertThat(line.vendor()).isEqualTo(v);
            }
        }
    }

    /** The first customer and vendor of the setup the order was drafted in. */
    record TenantSetupParties(Target t) {
        CustomerId customer() {
            return t.drafted().setup().customers().get(0);
        }

        VendorId vendor() {
            return t.drafted().setup().vendors().get(0);
        }
    }

    @Group
    @Label("R6 billing")
    class Billing {

        @Provide
        Arbitrary<Optional<BillingDraft>> billings() {
            Arbitrary<BillingDraft> drafts = Combinators.combine(
                            Arbitraries.of(BillingTiming.class).optional(0.5),
                            Arbitraries.of(Frequency.class).optional(0.5),
                            Arbitraries.frequencyOf(
                                    Tuple.of(6, Arbitraries.integers().between(0, BillingConfig.MAX_TERMS_DAYS)),
                                    Tuple.of(1, Arbitraries.integers().between(-3, -1)),
                                    Tuple.of(1, Arbitraries.integers().between(BillingConfig.MAX_TERMS_DAYS + 1, 400)))
                                    .optional(0.8),
                            Arbitraries.of(Payer.class).optional(0.9),
                            Arbitraries.of("W-1", "W-2").map(WarrantyId::new).optional(0.4))
                    .as(BillingDraft::new);
            return drafts.optional(0.9);
        }

        @Provide
        Arbitrary<Boolean> keepOwn() {
            return Arbitraries.frequency(Tuple.of(1, true), Tuple.of(2, false));
        }

        @Property(tries = 200)
        @Label("R6 timing and cycle on two-date lines only, payer CUSTOMER needs a customer, WARRANTY a warranty id, terms 0-365")
        void billing_is_accepted_exactly_when_r6_allows_it(@ForAll("targets") Target t, @ForAll("billings") Optional<BillingDraft> random,
                                                           @ForAll("keepOwn") boolean keepOwn) {
            LineItemDraft line = t.line();
            Optional<BillingDraft> billing = keepOwn ? line.billing() : random;
            boolean twoDates = line.on().isEmpty();
            boolean hasCustomer = line.customer().isPresent();
            Set<String> expected = new TreeSet<>();
            if (billing.isEmpty()) {
                if (twoDates) {
                    expected.add(t.at("billing") + " billing_required");
                }
            } else {
                BillingDraft b = billing.get();
                if (twoDates) {
                    if (b.timing().isEmpty()) {
                        expected.add(t.at("billing.timing") + " timing_required");
                    }
                    if (b.cycle().isEmpty()) {
                        expected.add(t.at("billing.cycle") + " cycle_required");
                    }
                } else {
                    if (b.timing().isPresent()) {
                        expected.add(t.at("billing.timing") + " timing_not_allowed");
                    }
                    if (b.cycle().isPresent()) {
                        expected.add(t.at("billing.cycle") + " cycle_not_allowed");
                    }
                }
                if (b.termsDays().filter(d -> d < 0 || d > BillingConfig.MAX_TERMS_DAYS).isPresent()) {
                    expected.add(t.at("billing.termsDays") + " terms_out_of_range");
                }
                if (b.payer().isEmpty()) {
                    expected.add(t.at("billing.payer") + " payer_required");
                } else {
                    Payer payer = b.payer().get();
                    if (payer == Payer.CUSTOMER && !hasCustomer) {
                        expected.add(t.at("billing.payer") + " payer_needs_customer");
                    }
                    if (payer == Payer.WARRANTY && b.warranty().isEmpty()) {
                        expected.add(t.at("billing.warrantyId") + " warranty_required");
                    }
                    if (payer != Payer.WARRANTY && b.warranty().isPresent()) {
                        expected.add(t.at("billing.warrantyId") + " warranty_not_allowed");
                    }
                }
            }

            Result<OrderChange, OrderError> placed = t.placeWith(DraftEdits.withBilling(line, billing));

            Statistics.label("R6 line").collect(twoDates ? "two dates" : "one date", expected.isEmpty() ? "accepted" : "refused");
            Statistics.label("R6 line").coverage(c -> {
                c.check("two dates", "accepted").count(n -> n > 0);
                c.check("two dates", "refused").count(n -> n > 0);
                c.check("one date", "accepted").count(n -> n > 0);
                c.check("one date", "refused").count(n -> n > 0);
            });
            coverBothOutcomes("R6", expected);
            assertOutcome(placed, expected);
            if (placed.isOk()) {
                Optional<BillingConfig> config = placed.value().order().lineItems().get(t.index()).billing();
                assertThat(config).isEqualTo(billing.map(b -> new BillingConfig(b.timing(), b.cycle(), b.termsDays().orElse(0),
                        b.payer().orElseThrow(), b.warranty())));
            }
        }
    }

    @Group
    @Label("R7 modifiers")
    class Modifiers {

        @Property(tries = 150)
        @Label("R7 a modifier line points at the line of the same order its ref names, and chains end")
        void modifier_lines_point_at_the_line_their_ref_names(@ForAll(supplier = OrderArbitraries.OrderDrafts.class) DraftedOrder drafted) {
            Order order = place(drafted, drafted.draft()).value().order();

            for (int i = 0; i < order.lineItems().size(); i++) {
                LineItemDraft draft = drafted.draft().lineItems().get(i);
                LineItem line = order.lineItems().get(i);
                Statistics.label("R7 line").collect(draft.modifies().isPresent() ? "modifier" : "plain");
                if (draft.modifies().isEmpty()) {
                    assertThat(line.modifies()).isEmpty();
                    continue;
                }
                String ref = ((LineRef.ByRef) draft.modifies().get()).ref();
                LineItem target = order.line(line.modifies().orElseThrow()).orElseThrow();
                assertThat(target.ref()).contains(ref);
                assertThat(target.id()).isNotEqualTo(line.id());
            }
            Statistics.label("R7 line").coverage(c -> c.check("modifier").count(n -> n > 0));
        }

        @Property(tries = 150)
        @Label("R7 pointing a line at itself, at an unknown ref or around in a circle is refused on every line concerned")
        void self_unknown_and_circular_modifiers_are_refused(@ForAll("targets") Target t, @ForAll @IntRange(min = 0, max = 2) int how,
                                                            @ForAll @IntRange(min = 0, max = 1000) int other) {
            OrderDraft d = t.draft();
            List<LineItemDraft> lines = new ArrayList<>(d.lineItems());
            Set<String> expected = new TreeSet<>();
            String ownRef = t.line().ref().orElseThrow();
            if (how == 0) {
                lines.set(t.index(), DraftEdits.withModifies(t.line(), Optional.of(LineRef.ref(ownRef))));
                expected.add(t.at("modifies") + " modifies_itself");
            } else if (how == 1) {
                lines.set(t.index(), DraftEdits.withModifies(t.line(), Optional.of(LineRef.ref("no-such-line"))));
                expected.add(t.at("modifies") + " unknown_line");
            } else {
                int j = other % lines.size();
                if (j == t.index()) {
                    j = (j + 1) % lines.size();
                }
                if (j == t.index()) { // a single line: the smallest circle is the line itself
                    lines.set(t.index(), DraftEdits.withModifies(t.line(), Optional.of(LineRef.ref(ownRef))));
                    expected.add(t.at("modifies") + " modifies_itself");
                } else {
                    String otherRef = lines.get(j).ref().orElseThrow();
                    lines.set(t.index(), DraftEdits.withModifies(t.line(), Optional.of(LineRef.ref(otherRef))));
                    lines.set(j, DraftEdits.withModifies(lines.get(j), Optional.of(LineRef.ref(ownRef))));
                    expected.add(t.at("modifies") + " modifier_cycle");
                    expected.add("lineItems[" + j + "].modifies modifier_cycle");
                    // Modifier lines that lead into the circle have a chain without end too, but are not part of it.
                }
            }

            Result<OrderChange, OrderError> placed = place(t.drafted(), d.withLineItems(lines));

            Statistics.label("R7 broken by").collect(List.of("itself", "unknown ref", "circle").get(how));
            assertThat(violations(placed)).containsAll(expected);
            assertThat(violations(placed)).allMatch(v -> v.endsWith(" modifier_cycle") || expected.contains(v));
        }
    }

    @Group
    @Label("every violation at once")
    class EveryViolation {

        @Provide
        Arbitrary<List<Integer>> breakages() {
            return Arbitraries.integers().between(-1, 4).list().ofSize(OrderArbitraries.MAX_LINES + OrderArbitraries.MAX_MODIFIERS);
        }

        @Property(tries = 150)
        @Label("R3 R4 R8 R32 bad lines are refused with every violation of every line, each at its own path")
        void every_violation_of_every_line_is_reported_at_once(@ForAll("targets") Target t, @ForAll("breakages") List<Integer> breakages) {
            List<LineItemDraft> lines = new ArrayList<>(t.draft().lineItems());
            Set<String> expected = new TreeSet<>();
            for (int i = 0; i < lines.size(); i++) {
                LineItemDraft line = lines.get(i);
                String at = "lineItems[" + i + "].";
                switch (breakages.get(i)) {
                    case 0 -> {
                        boolean asset = line.asset().isPresent();
                        lines.set(i, line.toBuilder().quantity(asset ? 2 : 0).build());
                        expected.add(at + "quantity " + (asset ? "asset_quantity" : "quantity_too_small"));
                    }
                    case 1 -> {
                        lines.set(i, DraftEdits.withUnitPrice(line, Optional.of(new BigDecimal("-1.00"))));
                        expected.add(at + "unitPrice negative_price");
                    }
                    case 2 -> {
                        // R32: a line with a klass is priced from it (generated klasses have a sale, DAY and WEEK
                        // price in the order's currency); a charge has no klass and a purchase its vendor's price.
                        lines.set(i, DraftEdits.withUnitPrice(line, Optional.empty()));
                        LineItemKind kind = t.drafted().intendedKinds().get(i);
                        if (kind == LineItemKind.CHARGE || kind == LineItemKind.PURCHASE) {
                            expected.add(at + "unitPrice unit_price_required");
                        }
                    }
                    case 3 -> {
                        LocalDate day = line.on().or(line::from).orElseThrow();
                        OrderDelivery out = OrderDelivery.outbound(day, Address.of("Depot 1", "111 43", "Stockholm", "SE"));
                        lines.set(i, DraftEdits.withDeliveries(line, List.of(out, out, out)));
                        expected.add(at + "deliveries too_many_deliveries");
                    }
                    case 4 -> {
                        lines.set(i, line.toBuilder().description(" ").build());
                        expected.add(at + "description blank");
                    }
                    default -> {
                    }
                }
            }

            Result<OrderChange, OrderError> placed = place(t.drafted(), t.draft().withLineItems(lines));

            Statistics.label("broken lines").collect(expected.size());
            assertThat(violations(placed)).isEqualTo(expected);
        }
    }
}
