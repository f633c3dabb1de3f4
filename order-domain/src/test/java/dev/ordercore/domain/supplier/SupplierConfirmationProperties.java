package dev.ordercore.domain.supplier;

import dev.ordercore.domain.lifecycle.Lifecycle;
import dev.ordercore.domain.order.LifecycleSet;
import dev.ordercore.domain.order.LineItem;
import dev.ordercore.domain.order.LineItemId;
import dev.ordercore.domain.order.Order;
import dev.ordercore.domain.shared.OrderError;
import dev.ordercore.domain.shared.Result;
import dev.ordercore.domain.shared.Uuids;
import dev.ordercore.domain.testing.OrderArbitraries;
import dev.ordercore.domain.testing.OrderJournal;
import dev.ordercore.domain.testing.PlacedOrder;
import dev.ordercore.domain.testing.ValueArbitraries;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What receiving a supplier's answer does to any pending order (seed 001), as properties over
 * orders of every kind of line: confirmed values stand, exactly the lines that differ are replaced,
 * and the order moves once.
 */
@StatisticsReport(onFailureOnly = true)
class SupplierConfirmationProperties {

    private static final SupplierConfirmationId ID = new SupplierConfirmationId(Uuids.nameBased("property", "confirmation"));

    /** A placed order and a confirmation of some of its lines, each with or without another quantity or price. */
    record Case(PlacedOrder placed, SupplierConfirmationDraft draft) {
    }

    @Provide
    Arbitrary<Case> confirmations() {
        return OrderArbitraries.setups(LifecycleSet.DEFAULT).flatMap(OrderArbitraries::placedOrders).flatMap(p -> {
            List<Arbitrary<Optional<SupplierConfirmationDraft.LineDraft>>> lines = p.order().lineItems().stream()
                    .filter(l -> !l.isRuleCharge())
                    .map(l -> confirmedLine(l, p.setup().currency()))
                    .toList();
            return Combinators.combine(lines).as(confirmed -> new Case(p, SupplierConfirmationDraft.confirmed(ConfirmationMethod.API)
                    .withLines(confirmed.stream().flatMap(Optional::stream).toList())));
        });
    }

    private static Arbitrary<Optional<SupplierConfirmationDraft.LineDraft>> confirmedLine(LineItem line, Currency currency) {
        Arbitrary<Optional<Integer>> quantity = line.asset().isPresent()
                ? Arbitraries.of(Optional.empty(), Optional.of(1))
                : Arbitraries.frequencyOf(
                        Tuple.of(2, Arbitraries.just(Optional.<Integer>empty())),
                        Tuple.of(1, Arbitraries.just(Optional.of(line.quantity()))),
                        Tuple.of(2, OrderArbitraries.quantities().map(Optional::of)));
        Arbitrary<Optional<BigDecimal>> price = Arbitraries.frequencyOf(
                Tuple.of(2, Arbitraries.just(Optional.<BigDecimal>empty())),
                Tuple.of(1, Arbitraries.just(Optional.of(line.unitPrice().amount()))),
                Tuple.of(2, ValueArbitraries.unitPriceAmounts(currency).map(Optional::of)));
        return Combinators.combine(Arbitraries.of(true, false), quantity, price).as((named, q, p) -> named
                ? Optional.of(new SupplierConfirmationDraft.LineDraft(Optional.of(line.id()), q, p))
                : Optional.empty());
    }

    private static Result<SupplierConfirmation.Received, OrderError> receive(PlacedOrder p, SupplierConfirmationDraft draft) {
        OrderJournal j = p.journal();
        return SupplierConfirmation.receive(j.order(), draft, new SupplierConfirmation.Receipt(ID, p.setup().catalog(), p.setup().rounding(),
                p.setup().lifecycles(), j.ids(), p.setup().operator(), j.now()));
    }

    private static boolean differs(LineItem line, SupplierConfirmationDraft.LineDraft d) {
        return d.quantity().filter(q -> q != line.quantity()).isPresent()
                || d.unitPrice().filter(price -> price.compareTo(line.unitPrice().amount()) != 0).isPresent();
    }

    @Property(tries = 120)
    @Label("R8 R10 after a confirmation every confirmed line stands at its confirmed quantity and price, priced by the tenant's "
            + "rounding, exactly the lines whose values differ are replaced, and the order is CONFIRMED one version on")
    void confirmed_values_stand_and_exactly_the_differing_lines_are_replaced(@ForAll("confirmations") Case c) {
        Order before = c.placed().order();
        LifecycleSet lifecycles = c.placed().setup().lifecycles();

        SupplierConfirmation.Received r = receive(c.placed(), c.draft()).orElseThrow(e -> new IllegalStateException(e.message()));

        Order after = r.change().order();
        assertThat(after.status()).isEqualTo("CONFIRMED");
        assertThat(after.version()).isEqualTo(before.version() + 1);
        Set<LineItemId> replaced = new HashSet<>();
        for (SupplierConfirmationDraft.LineDraft d : c.draft().lines()) {
            LineItem original = before.line(d.lineItem().orElseThrow()).orElseThrow();
            ConfirmedLine kept = r.confirmation().lines().stream().filter(l -> l.lineItem().equals(original.id())).findFirst().orElseThrow();
            LineItem standing = kept.replacedBy().flatMap(after::line).orElseGet(() -> after.line(original.id()).orElseThrow());
            boolean followsItsReplacedLine = original.modifies().flatMap(after::line)
                    .map(t -> lifecycles.named(t.lifecycle()).isCancelled(t.status())).orElse(false);
            assertThat(kept.replacedBy().isPresent()).isEqualTo(differs(original, d) || followsItsReplacedLine);
            assertThat(lifecycles.named(standing.lifecycle()).isCancelled(standing.status())).isFalse();
            assertThat(standing.quantity()).isEqualTo(d.quantity().orElse(original.quantity()));
            assertThat(standing.unitPrice().amount()).isEqualByComparingTo(d.unitPrice().orElse(original.unitPrice().amount()));
            assertThat(standing.amount()).isEqualTo(standing.unitPrice().times(standing.quantity(), c.placed().setup().rounding()));
            if (kept.replacedBy().isPresent()) {
                replaced.add(original.id());
                assertThat(after.line(original.id()).orElseThrow().status()).isEqualTo("CANCELLED");
            } else {
                assertThat(after.line(original.id())).contains(original);
            }
        }
        for (LineItem line : before.lineItems()) {
            LineItem now = after.line(line.id()).orElseThrow();
            Lifecycle ll = lifecycles.named(line.lifecycle());
            boolean cancelledNow = !ll.isCancelled(line.status()) && ll.isCancelled(now.status());
            boolean followsAReplacedLine = line.modifies().map(m -> replaced.contains(m) || !after.line(m).orElseThrow().equals(
                    before.line(m).orElseThrow())).orElse(false);
            assertThat(cancelledNow).as("line %s cancelled", line.id()).isEqualTo(replaced.contains(line.id()) || followsAReplacedLine);
        }
        assertThat(active(after, lifecycles, false)).isEqualTo(active(before, lifecycles, false));
        Statistics.label("confirmation").collect(replaced.isEmpty() ? "as ordered" : "lines replaced");
        Statistics.label("confirmation").coverage(cov -> {
            cov.check("as ordered").percentage(p -> p > 10);
            cov.check("lines replaced").percentage(p -> p > 30);
        });
    }

    /** How many lines are not cancelled, counting charges rules added or not. */
    private static long active(Order order, LifecycleSet lifecycles, boolean ruleCharges) {
        return order.lineItems().stream()
                .filter(l -> l.isRuleCharge() == ruleCharges)
                .filter(l -> !lifecycles.named(l.lifecycle()).isCancelled(l.status()))
                .count();
    }

    @Property(tries = 60)
    @Label("R10 R16 a refusal rejects any pending order, cancels every line and keeps the supplier's reason")
    void a_refusal_rejects_the_order_and_cancels_every_line(@ForAll("confirmations") Case c) {
        SupplierConfirmation.Received r = receive(c.placed(), SupplierConfirmationDraft.refused(ConfirmationMethod.EMAIL, "slut i lager"))
                .orElseThrow(e -> new IllegalStateException(e.message()));

        LifecycleSet lifecycles = c.placed().setup().lifecycles();
        assertThat(r.change().order().status()).isEqualTo("REJECTED");
        assertThat(r.change().order().lineItems()).allSatisfy(l ->
                assertThat(lifecycles.named(l.lifecycle()).isCancelled(l.status())).isTrue());
        assertThat(r.change().order().lineItems()).hasSameSizeAs(c.placed().order().lineItems());
        assertThat(r.confirmation().refusalReason()).contains("slut i lager");
    }
}
