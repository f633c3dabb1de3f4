package dev.ordercore.adapter.http;

import java.util.List;

/** A page of alerts, newest first; {@code nextCursor} is {@code null} on the last page. */
record AlertPageResponse(List<AlertResponse> items, String nextCursor) {
}
