package dev.ordercore.adapter.http;

import java.util.List;

/** One page of orders, newest first, and the cursor of the next page ({@code null} on the last). */
record OrderPageResponse(List<OrderResponse> items, String nextCursor) {
}
