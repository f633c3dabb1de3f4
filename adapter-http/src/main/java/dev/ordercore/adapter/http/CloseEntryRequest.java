package dev.ordercore.adapter.http;

/** The optional body of {@code POST /orders/{orderId}/history/{entryId}/close}: why, and a dedupe key for retries. */
record CloseEntryRequest(String reason, String dedupeKey) {

    static final CloseEntryRequest NONE = new CloseEntryRequest(null, null);
}
