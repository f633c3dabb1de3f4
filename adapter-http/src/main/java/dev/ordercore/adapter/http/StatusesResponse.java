package dev.ordercore.adapter.http;

import dev.ordercore.application.port.in.OrderStatuses;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/** An order's projections (seed 004): its status, the newest entry per module and the open blocking entries. */
record StatusesResponse(UUID orderId, String status, boolean blocked, Map<String, StatusEntryResponse> latestPerModule,
                        List<StatusEntryResponse> openBlocking) {

    static StatusesResponse of(OrderStatuses s) {
        Map<String, StatusEntryResponse> latest = new TreeMap<>();
        s.latestPerModule().forEach((module, entry) -> latest.put(module, StatusEntryResponse.of(entry)));
        return new StatusesResponse(s.orderId().value(), s.status(), s.blocked(), latest,
                s.openBlocking().stream().map(StatusEntryResponse::of).toList());
    }
}
