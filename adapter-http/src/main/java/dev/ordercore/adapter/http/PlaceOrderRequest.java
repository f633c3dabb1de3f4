package dev.ordercore.adapter.http;

import dev.ordercore.domain.catalog.Frequency;
import dev.ordercore.domain.order.BillingTiming;
import dev.ordercore.domain.order.DeliveryDirection;
import dev.ordercore.domain.order.Payer;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The body of {@code POST /orders} (DESIGN.md §4). Only the request's shape is checked here; the
 * order model checks the content (R1-R9) and answers with every violation at once.
 */
record PlaceOrderRequest(
        @NotNull @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code such as SEK") String currency,
        UUID customerId,
        UUID vendorId,
        String notes,
        String internalNotes,
        @Valid ContactBody contact,
        @Valid AddressBody deliveryAddress,
        LocalDate estimatedDelivery,
        BigDecimal expectedTotal,
        @NotNull List<@NotNull @Valid LineItemBody> lineItems) {

    /**
     * A line as a request states it; its kind is derived (R2), never given. It modifies another
     * line by that line's {@code ref} in the same request, or (when added to an existing order) by
     * {@code modifiesLineItemId}. A line naming {@code modifierId} is a charge of that modifier
     * (delivery, say): it has no klass, product or asset.
     */
    record LineItemBody(
            String ref,
            UUID klassId,
            UUID productId,
            UUID assetId,
            String description,
            @NotNull Integer quantity,
            BigDecimal unitPrice,
            LocalDate on,
            LocalDate from,
            LocalDate to,
            List<@NotNull @Valid DeliveryBody> deliveries,
            UUID customerId,
            UUID vendorId,
            @Valid BillingBody billing,
            String modifies,
            UUID modifiesLineItemId,
            UUID modifierId) {
    }

    record BillingBody(BillingTiming timing, Frequency cycle, Integer termsDays, Payer payer, String warrantyId) {
    }

    record DeliveryBody(@NotNull DeliveryDirection direction, @NotNull LocalDate date, @Valid AddressBody from, @Valid AddressBody to) {
    }
}
