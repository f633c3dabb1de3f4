package dev.ordercore.adapter.http;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The body of {@code POST /cases/{caseId}/orders}: an {@code /orders} body, field for field, plus
 * an optional {@code closesTag}, the case's tag the order answers (seed 000: {@code quote_needed}).
 * The fields are repeated rather than nested so the body reads exactly like {@code POST /orders}.
 */
record CaseOrderRequest(
        @NotNull @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code such as SEK") String currency,
        UUID customerId,
        UUID vendorId,
        String notes,
        String internalNotes,
        @Valid ContactBody contact,
        @Valid AddressBody deliveryAddress,
        LocalDate estimatedDelivery,
        BigDecimal expectedTotal,
        @NotNull List<PlaceOrderRequest.@NotNull @Valid LineItemBody> lineItems,
        String closesTag) {

    PlaceOrderRequest order() {
        return new PlaceOrderRequest(currency, customerId, vendorId, notes, internalNotes, contact, deliveryAddress, estimatedDelivery,
                expectedTotal, lineItems);
    }
}
