package dev.ordercore.adapter.http;

import java.util.List;
import java.util.UUID;

/** Every history entry of an order, oldest first (by recordedAt, then arrival). */
record TimelineResponse(UUID orderId, List<StatusEntryResponse> entries) {
}
