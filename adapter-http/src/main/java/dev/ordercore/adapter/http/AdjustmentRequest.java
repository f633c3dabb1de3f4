package dev.ordercore.adapter.http;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import java.util.List;
import java.util.UUID;

/**
 * The body of {@code POST /orders/{orderId}/adjustments}: lines to add (shaped as at placement),
 * ids of lines to cancel, and why. Either list may be left out; the order model refuses an
 * adjustment that does nothing or gives a blank reason (R14).
 */
record AdjustmentRequest(
        List<PlaceOrderRequest.@NotNull @Valid LineItemBody> add,
        List<@NotNull UUID> cancel,
        @NotNull String reason) {
}
