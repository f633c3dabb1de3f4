package dev.ordercore.domain.intent;

import dev.ordercore.domain.order.CustomerId;
import dev.ordercore.domain.order.OrderDraft;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * An order intent as contract version 1 defines it (seed 004): who sent it and under which id,
 * the customer, the order to create (currency and lines, as in {@code POST /orders}), optional
 * totals the source computed, and when the source submitted it.
 */
public record OrderIntent(IntentKey key, int contractVersion, Optional<String> externalOrderId, Optional<CustomerId> customerRef,
                          OrderDraft order, Optional<Totals> totals, Instant submittedAt, PayloadHash payloadHash) {

    public OrderIntent {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(externalOrderId, "externalOrderId");
        Objects.requireNonNull(customerRef, "customerRef");
        Objects.requireNonNull(order, "order");
        Objects.requireNonNull(totals, "totals");
        Objects.requireNonNull(submittedAt, "submittedAt");
        Objects.requireNonNull(payloadHash, "payloadHash");
    }

    /** The source's own totals, in the intent's currency. A stated subtotal must equal the lines' total. */
    public record Totals(Optional<BigDecimal> subtotal, Optional<BigDecimal> tax, Optional<BigDecimal> shipping,
                         Optional<BigDecimal> discounts) {
        public Totals {
            Objects.requireNonNull(subtotal, "subtotal");
            Objects.requireNonNull(tax, "tax");
            Objects.requireNonNull(shipping, "shipping");
            Objects.requireNonNull(discounts, "discounts");
        }
    }
}
