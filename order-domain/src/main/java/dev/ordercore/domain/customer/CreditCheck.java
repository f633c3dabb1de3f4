package dev.ordercore.domain.customer;

import dev.ordercore.domain.json.JsonObject;
import dev.ordercore.domain.order.NewStatusEntry;
import dev.ordercore.domain.order.Order;
import dev.ordercore.domain.order.Severity;
import dev.ordercore.domain.order.StatusCode;
import dev.ordercore.domain.order.StatusEntryId;
import dev.ordercore.domain.shared.Money;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The credit check (seed 002's CUSTOMER_CREDIT_CHECK_ENABLED): an order that takes a customer's
 * open exposure over the customer's credit limit gets a BLOCKING {@code credit:limit_exceeded}
 * entry, which holds back every forward transition until it is closed or a transition is forced
 * (R15). The {@code credit} namespace is written by the order core here, and closed by a module
 * writer that owns it (a finance user whose token lists {@code credit} among its modules).
 *
 * <p>Exposure is what the customer owes or will owe on orders still under way: the amounts of the
 * customer's lines that are not cancelled, on orders that are not deleted and not in a terminal
 * state, in the limit's currency, this order included. It exceeds the limit when it is strictly
 * above it; a limit of 0 blocks every order with an amount for the customer.
 */
public final class CreditCheck {

    public static final String NAMESPACE = "credit";
    public static final StatusCode LIMIT_EXCEEDED = new StatusCode(NAMESPACE, "limit_exceeded");

    private CreditCheck() {
    }

    /** Whether {@code exposure} goes over {@code limit}; amounts of another currency than the limit's never count against it. */
    public static boolean exceeds(Money limit, Money exposure) {
        return limit.currency().equals(exposure.currency()) && exposure.compareTo(limit) > 0;
    }

    /**
     * The BLOCKING entry to append to {@code order} for {@code customer}, whose open exposure in the
     * order's currency is {@code exposure}; empty when the customer has no limit in that currency,
     * the exposure is within it, or the order is already held by an open {@code credit:limit_exceeded}
     * entry (one open credit block per order is enough to hold it; closing it and adding lines checks again).
     */
    public static Optional<NewStatusEntry> check(Order order, Customer customer, Money exposure, StatusEntryId id, String writtenBy,
                                                 Instant now) {
        Objects.requireNonNull(order, "order");
        Objects.requireNonNull(customer, "customer");
        if (!customer.tenant().equals(order.tenant())) {
            throw new IllegalArgumentException("customer " + customer.id() + " belongs to another tenant than order " + order.id());
        }
        Optional<Money> limit = customer.creditLimit().filter(l -> l.currency().equals(order.currency()));
        if (limit.isEmpty() || !exceeds(limit.get(), exposure) || heldByCredit(order)) {
            return Optional.empty();
        }
        JsonObject payload = JsonObject.builder()
                .put("customerId", customer.id().toString())
                .put("currency", exposure.currency().getCurrencyCode())
                .put("limit", limit.get().amount().toPlainString())
                .put("exposure", exposure.amount().toPlainString())
                .put("over", exposure.minus(limit.get()).amount().toPlainString())
                .build();
        return Optional.of(new NewStatusEntry(id, order.tenant(), order.id(), Optional.empty(), LIMIT_EXCEEDED, Optional.of(NAMESPACE),
                Severity.BLOCKING, payload, now, writtenBy, Optional.empty(), Optional.empty()));
    }

    /** Whether an open {@code credit:limit_exceeded} entry holds the order. */
    public static boolean heldByCredit(Order order) {
        return order.openBlocks().stream().anyMatch(b -> b.code().equals(LIMIT_EXCEEDED));
    }
}
