package dev.ordercore.adapter.http;

import jakarta.validation.constraints.NotNull;

import java.util.List;

/**
 * The body of {@code POST /cases} and {@code POST /orders/{orderId}/cases} (seed 000): a title and
 * the tags that stand for the case's responsibilities. Tags may be left out (a case without tags);
 * their shape ({@code quote_needed}) is the case model's to check (422).
 */
record CaseRequest(@NotNull String title, List<@NotNull String> tags) {
}
