package dev.ordercore.adapter.http;

import dev.ordercore.domain.supplier.SupplierConfirmation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A supplier confirmation as kept; unit prices as decimal strings. {@code replacedBy} names the
 * line that took a confirmed line's place when the supplier's values differed from the order's (or
 * when the line it modifies was replaced).
 */
record SupplierConfirmationResponse(
        UUID id,
        UUID orderId,
        String outcome,
        String method,
        List<LineResponse> lines,
        String supplierReference,
        String message,
        String refusalReason,
        LocalDate confirmedDelivery,
        Integer preparationDays,
        Instant receivedAt,
        String receivedBy) {

    record LineResponse(UUID lineItemId, Integer quantity, String unitPrice, UUID replacedBy) {
    }

    /** The confirmations of one order, oldest first. */
    record ListResponse(List<SupplierConfirmationResponse> items) {
    }

    static SupplierConfirmationResponse of(SupplierConfirmation c) {
        return new SupplierConfirmationResponse(c.id().value(), c.order().value(), c.outcome().name(), c.method().name(),
                c.lines().stream().map(l -> new LineResponse(l.lineItem().value(), l.quantity().orElse(null),
                        l.unitPrice().map(p -> p.amount().toPlainString()).orElse(null), l.replacedBy().map(r -> r.value()).orElse(null)))
                        .toList(),
                c.supplierReference().orElse(null), c.message().orElse(null), c.refusalReason().orElse(null),
                c.confirmedDelivery().orElse(null), c.preparationDays().orElse(null), c.receivedAt(), c.receivedBy());
    }
}
