package dev.ordercore.adapter.http;

import dev.ordercore.application.OrderCore;
import dev.ordercore.application.port.in.AppendStatusEntryCommand;
import dev.ordercore.application.port.in.CloseStatusEntryCommand;
import dev.ordercore.application.port.in.GetStatusesQuery;
import dev.ordercore.application.port.in.GetTimelineQuery;
import dev.ordercore.application.port.in.OrderStatuses;
import dev.ordercore.domain.order.LineItemId;
import dev.ordercore.domain.order.OrderId;
import dev.ordercore.domain.order.StatusEntries;
import dev.ordercore.domain.order.StatusEntry;
import dev.ordercore.domain.order.StatusEntryId;
import dev.ordercore.domain.shared.EntityType;
import io.javalin.http.Context;

import java.util.List;
import java.util.Optional;

/**
 * An order's history: module writers append and close entries (not version-checked: the use case
 * takes no expected version, and writers append without reading the order first), everyone reads
 * the timeline and the projections.
 */
final class HistoryHandlers {

    private final OrderCore core;
    private final Authentication auth;
    private final RequestBodies bodies;
    private final Responses responses;

    HistoryHandlers(OrderCore core, Authentication auth, RequestBodies bodies, Responses responses) {
        this.core = core;
        this.auth = auth;
        this.bodies = bodies;
        this.responses = responses;
    }

    /** 201 with the entry; a reused dedupe key answers the entry it first wrote (R19), again as 201. */
    void append(Context ctx) {
        Caller caller = auth.caller(ctx);
        OrderId id = OrderHandlers.orderId(ctx);
        HistoryEntryRequest r = bodies.read(ctx, HistoryEntryRequest.class);
        StatusEntries.Request entry = new StatusEntries.Request(
                Optional.ofNullable(r.lineItemId()).map(LineItemId::new),
                r.code(),
                Optional.ofNullable(r.category()),
                r.severity(),
                JsonTrees.toDomain(r.payload(), "payload"),
                Optional.ofNullable(r.recordedAt()),
                Optional.ofNullable(r.dedupeKey()),
                Optional.ofNullable(r.closes()).map(StatusEntryId::new));
        StatusEntry written = Responses.orRefuse(core.appendStatusEntry().append(
                new AppendStatusEntryCommand(caller.principal(), caller.tenant(), id, entry)));
        responses.json(ctx, 201, StatusEntryResponse.of(written));
    }

    /** Appends {@code <namespace>:closed} that closes the entry (R17); the body ({@code reason}, {@code dedupeKey}) may be left out. */
    void close(Context ctx) {
        Caller caller = auth.caller(ctx);
        OrderId id = OrderHandlers.orderId(ctx);
        StatusEntryId entryId = OrderHandlers.uuid(ctx, "entryId", EntityType.STATUS_ENTRY, StatusEntryId::new);
        CloseEntryRequest r = bodies.readOptional(ctx, CloseEntryRequest.class, CloseEntryRequest.NONE);
        StatusEntry closing = Responses.orRefuse(core.closeStatusEntry().close(new CloseStatusEntryCommand(caller.principal(),
                caller.tenant(), id, entryId, Optional.ofNullable(r.reason()), Optional.ofNullable(r.dedupeKey()))));
        responses.json(ctx, 201, StatusEntryResponse.of(closing));
    }

    void timeline(Context ctx) {
        Caller caller = auth.caller(ctx);
        OrderId id = OrderHandlers.orderId(ctx);
        List<StatusEntry> entries = Responses.orRefuse(core.timeline().timeline(new GetTimelineQuery(caller.principal(), caller.tenant(), id)));
        responses.json(ctx, 200, new TimelineResponse(id.value(), entries.stream().map(StatusEntryResponse::of).toList()));
    }

    void statuses(Context ctx) {
        Caller caller = auth.caller(ctx);
        OrderId id = OrderHandlers.orderId(ctx);
        OrderStatuses statuses = Responses.orRefuse(core.statuses().statuses(new GetStatusesQuery(caller.principal(), caller.tenant(), id)));
        responses.json(ctx, 200, StatusesResponse.of(statuses));
    }
}
