package dev.ordercore.adapter.http;

import jakarta.validation.constraints.NotBlank;

/** The body of {@code PUT /orders/{orderId}/status}: the state to move to, why, and whether to force past blocking entries. */
record StatusChangeRequest(@NotBlank String status, String reason, Boolean force) {
}
