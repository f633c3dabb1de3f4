package dev.ordercore.adapter.http;

import dev.ordercore.application.OrderCore;
import dev.ordercore.application.port.in.CaseFromOrder;
import dev.ordercore.application.port.in.CaseOrder;
import dev.ordercore.application.port.in.CloseCaseCommand;
import dev.ordercore.application.port.in.CloseCaseTagCommand;
import dev.ordercore.application.port.in.CreateCaseCommand;
import dev.ordercore.application.port.in.CreateCaseFromOrderCommand;
import dev.ordercore.application.port.in.CreateOrderFromCaseCommand;
import dev.ordercore.application.port.in.GetCaseQuery;
import dev.ordercore.application.port.in.ListCaseOrdersQuery;
import dev.ordercore.application.port.in.OrderFromCase;
import dev.ordercore.domain.cases.Case;
import dev.ordercore.domain.cases.CaseId;
import dev.ordercore.domain.order.OrderId;
import dev.ordercore.domain.shared.EntityType;
import io.javalin.http.Context;
import io.javalin.http.Header;

import java.util.List;
import java.util.Optional;

/**
 * Cases (seed 000, R28, R29) and the calls that open an order from a case or a case from an order.
 * A case is versioned: it answers with an {@code ETag}, and closing it or one of its tags takes
 * {@code If-Match}. Opening an order for a case may close one of its tags without If-Match, since
 * {@code CreateOrderFromCaseCommand} takes no expected version (the use case locks the case instead).
 */
final class CaseHandlers {

    private final OrderCore core;
    private final Authentication auth;
    private final RequestBodies bodies;
    private final Responses responses;

    CaseHandlers(OrderCore core, Authentication auth, RequestBodies bodies, Responses responses) {
        this.core = core;
        this.auth = auth;
        this.bodies = bodies;
        this.responses = responses;
    }

    void create(Context ctx) {
        Caller caller = auth.caller(ctx);
        CaseRequest r = bodies.read(ctx, CaseRequest.class);
        Case opened = Responses.orRefuse(core.createCase().create(new CreateCaseCommand(caller.principal(), caller.tenant(), r.title(),
                r.tags())));
        ctx.header(Header.LOCATION, location(caller, opened.id()));
        respond(ctx, 201, opened);
    }

    void get(Context ctx) {
        Caller caller = auth.caller(ctx);
        Case found = Responses.orRefuse(core.getCase().get(new GetCaseQuery(caller.principal(), caller.tenant(), caseId(ctx))));
        respond(ctx, 200, found);
    }

    /** Closes one tag; no body. */
    void closeTag(Context ctx) {
        Caller caller = auth.caller(ctx);
        CaseId id = caseId(ctx);
        Optional<Long> expected = ETags.ifMatch(ctx);
        Case after = Responses.orRefuse(core.closeCaseTag().closeTag(new CloseCaseTagCommand(caller.principal(), caller.tenant(), id,
                ctx.pathParam("tag"), expected)));
        respond(ctx, 200, after);
    }

    /** Closes the case (R29); the body ({@code force}, {@code reason}) may be left out. */
    void close(Context ctx) {
        Caller caller = auth.caller(ctx);
        CaseId id = caseId(ctx);
        Optional<Long> expected = ETags.ifMatch(ctx);
        CloseCaseRequest r = bodies.readOptional(ctx, CloseCaseRequest.class, CloseCaseRequest.NONE);
        Case after = Responses.orRefuse(core.closeCase().close(new CloseCaseCommand(caller.principal(), caller.tenant(), id,
                Boolean.TRUE.equals(r.force()), Optional.ofNullable(r.reason()), expected)));
        respond(ctx, 200, after);
    }

    /** Seed 000's "case leads to order": 201 with the order's id and number and the relation's id; Location names the order. */
    void createOrder(Context ctx) {
        Caller caller = auth.caller(ctx);
        CaseId id = caseId(ctx);
        CaseOrderRequest r = bodies.read(ctx, CaseOrderRequest.class);
        OrderFromCase created = Responses.orRefuse(core.createOrderFromCase().create(new CreateOrderFromCaseCommand(caller.principal(),
                caller.tenant(), id, OrderDrafts.from(r.order()), Optional.ofNullable(r.closesTag()))));
        ctx.header(Header.LOCATION, HttpApi.BASE_PATH.replace("{tenantId}", caller.tenant().value()) + "/orders/"
                + created.order().id().value());
        responses.json(ctx, 201, new CaseOrderResponses.Created(created.order().id().value(), created.order().number().value(),
                created.relation().id().value()));
    }

    void listOrders(Context ctx) {
        Caller caller = auth.caller(ctx);
        List<CaseOrder> orders = Responses.orRefuse(core.listCaseOrders().list(new ListCaseOrdersQuery(caller.principal(),
                caller.tenant(), caseId(ctx))));
        responses.json(ctx, 200, new CaseOrderResponses.Listed(orders.stream().map(CaseOrderResponses.Item::of).toList()));
    }

    /** Seed 000's "order triggers a case": 201 with the case's id and the relation's id; Location names the case. */
    void createFromOrder(Context ctx) {
        Caller caller = auth.caller(ctx);
        OrderId orderId = OrderHandlers.orderId(ctx);
        CaseRequest r = bodies.read(ctx, CaseRequest.class);
        CaseFromOrder created = Responses.orRefuse(core.createCaseFromOrder().create(new CreateCaseFromOrderCommand(caller.principal(),
                caller.tenant(), orderId, r.title(), r.tags())));
        ctx.header(Header.LOCATION, location(caller, created.aCase().id()));
        responses.json(ctx, 201, new CaseOrderResponses.CaseCreated(created.aCase().id().value(), created.relation().id().value()));
    }

    private void respond(Context ctx, int status, Case c) {
        ctx.header(Header.ETAG, ETags.of(c.version()));
        responses.json(ctx, status, CaseResponse.of(c));
    }

    private static String location(Caller caller, CaseId id) {
        return HttpApi.BASE_PATH.replace("{tenantId}", caller.tenant().value()) + "/cases/" + id.value();
    }

    /** A case id that is not even a UUID names no case: 404, like any unknown id. */
    private static CaseId caseId(Context ctx) {
        return OrderHandlers.uuid(ctx, "caseId", EntityType.CASE, CaseId::new);
    }
}
