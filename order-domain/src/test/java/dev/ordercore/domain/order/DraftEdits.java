package dev.ordercore.domain.order;

import dev.ordercore.domain.shared.OrderError;
import dev.ordercore.domain.shared.Result;
import dev.ordercore.domain.shared.Violation;
import dev.ordercore.domain.testing.OrderArbitraries.DraftedOrder;
import dev.ordercore.domain.testing.OrderFixtures;
import dev.ordercore.domain.testing.TenantSetup;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** Edits of drafts that the builders do not offer (taking a field away), and reading refusals. */
final class DraftEdits {

    private DraftEdits() {
    }

    static LineItemDraft withDates(LineItemDraft d, Optional<LocalDate> on, Optional<LocalDate> from, Optional<LocalDate> to) {
        return new LineItemDraft(d.ref(), d.klass(), d.product(), d.asset(), d.description(), d.quantity(), d.unitPrice(), on, from, to,
                d.deliveries(), d.customer(), d.vendor(), d.billing(), d.modifies(), d.modifier());
    }

    static LineItemDraft withBilling(LineItemDraft d, Optional<BillingDraft> billing) {
        return new LineItemDraft(d.ref(), d.klass(), d.product(), d.asset(), d.description(), d.quantity(), d.unitPrice(), d.on(), d.from(),
                d.to(), d.deliveries(), d.customer(), d.vendor(), billing, d.modifies(), d.modifier());
    }

    static LineItemDraft withDeliveries(LineItemDraft d, List<OrderDelivery> deliveries) {
        return new LineItemDraft(d.ref(), d.klass(), d.product(), d.asset(), d.description(), d.quantity(), d.unitPrice(), d.on(), d.from(),
                d.to(), deliveries, d.customer(), d.vendor(), d.billing(), d.modifies(), d.modifier());
    }

    static LineItemDraft withParties(LineItemDraft d, Optional<CustomerId> customer, Optional<VendorId> vendor) {
        return new LineItemDraft(d.ref(), d.klass(), d.product(), d.asset(), d.description(), d.quantity(), d.unitPrice(), d.on(), d.from(),
                d.to(), d.deliveries(), customer, vendor, d.billing(), d.modifies(), d.modifier());
    }

    static LineItemDraft withUnitPrice(LineItemDraft d, Optional<java.math.BigDecimal> price) {
        return new LineItemDraft(d.ref(), d.klass(), d.product(), d.asset(), d.description(), d.quantity(), price, d.on(), d.from(),
                d.to(), d.deliveries(), d.customer(), d.vendor(), d.billing(), d.modifies(), d.modifier());
    }

    /** The draft without its ref and what it modifies, as a line added to another order would be. */
    static LineItemDraft plain(LineItemDraft d) {
        return new LineItemDraft(Optional.empty(), d.klass(), d.product(), d.asset(), d.description(), d.quantity(), d.unitPrice(), d.on(),
                d.from(), d.to(), d.deliveries(), d.customer(), d.vendor(), d.billing(), Optional.empty(), d.modifier());
    }

    static LineItemDraft withModifies(LineItemDraft d, Optional<LineRef> modifies) {
        return new LineItemDraft(d.ref(), d.klass(), d.product(), d.asset(), d.description(), d.quantity(), d.unitPrice(), d.on(), d.from(),
                d.to(), d.deliveries(), d.customer(), d.vendor(), d.billing(), modifies, d.modifier());
    }

    /**
     * The same order with the defaults written into the lines and taken off the order, so that an
     * edit of one line cannot lean on them. Kinds do not change.
     */
    static OrderDraft withoutDefaults(OrderDraft d) {
        List<LineItemDraft> lines = d.lineItems().stream()
                .map(l -> withParties(l, l.customer().or(d::customer), l.vendor().or(d::vendor)))
                .toList();
        return new OrderDraft(d.currency(), Optional.empty(), Optional.empty(), d.notes(), d.internalNotes(), d.contact(),
                d.deliveryAddress(), d.estimatedDelivery(), lines);
    }

    static OrderDraft replace(OrderDraft d, int index, LineItemDraft line) {
        List<LineItemDraft> lines = new ArrayList<>(d.lineItems());
        lines.set(index, line);
        return d.withLineItems(lines);
    }

    static Result<OrderChange, OrderError> place(DraftedOrder drafted, OrderDraft draft) {
        return place(drafted.setup(), draft);
    }

    static Result<OrderChange, OrderError> place(TenantSetup setup, OrderDraft draft) {
        return OrderFixtures.place(setup, draft, 7);
    }

    /** Every violation of a refusal as {@code path code}; empty when the order was placed. */
    static Set<String> violations(Result<?, OrderError> result) {
        Set<String> all = new TreeSet<>();
        if (result.isErr()) {
            OrderError error = result.error();
            if (!(error instanceof OrderError.ValidationFailed failed)) {
                throw new AssertionError("expected a validation failure, got " + error);
            }
            for (Violation v : failed.violations()) {
                all.add(v.path() + " " + v.code());
            }
        }
        return all;
    }
}
