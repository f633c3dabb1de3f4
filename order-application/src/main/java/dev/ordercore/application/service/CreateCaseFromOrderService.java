package dev.ordercore.application.service;

import dev.ordercore.application.OrderCorePorts;
import dev.ordercore.application.port.in.CaseFromOrder;
import dev.ordercore.application.port.in.CreateCaseFromOrderCommand;
import dev.ordercore.application.port.in.CreateCaseFromOrderUseCase;
import dev.ordercore.domain.access.Permission;
import dev.ordercore.domain.cases.Case;
import dev.ordercore.domain.cases.CaseId;
import dev.ordercore.domain.json.JsonObject;
import dev.ordercore.domain.relation.EntityRef;
import dev.ordercore.domain.relation.Relation;
import dev.ordercore.domain.relation.RelationEvents;
import dev.ordercore.domain.relation.RelationId;
import dev.ordercore.domain.relation.RelationType;
import dev.ordercore.domain.order.Order;
import dev.ordercore.domain.shared.DomainEvent;
import dev.ordercore.domain.shared.EntityType;
import dev.ordercore.domain.shared.OrderError;
import dev.ordercore.domain.shared.Result;
import dev.ordercore.domain.shared.Uuids;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Seed 000's "order triggers case": opens the case and links order → case with {@code leverance},
 * in one transaction (R28). The order itself does not change: it never holds case ids (R26). It is
 * locked meanwhile, so it cannot be deleted in between.
 */
public final class CreateCaseFromOrderService implements CreateCaseFromOrderUseCase {

    private final OrderCorePorts ports;
    private final Uuids uuids;
    private final Transactions transactions;

    public CreateCaseFromOrderService(OrderCorePorts ports, Uuids uuids) {
        this.ports = ports;
        this.uuids = uuids;
        this.transactions = new Transactions(ports.transactions());
    }

    @Override
    public Result<CaseFromOrder, OrderError> create(CreateCaseFromOrderCommand c) {
        return c.principal().may(c.tenant(), Permission.WORK_CASES).flatMap(p -> transactions.run(() ->
                ports.orders().findForUpdate(c.tenant(), c.orderId())
                        .<Result<Order, OrderError>>map(Result::ok)
                        .orElseGet(() -> Result.err(new OrderError.NotFound(EntityType.ORDER, c.orderId().toString())))
                        .flatMap(order -> {
                    if (order.isDeleted()) {
                        return Result.err(new OrderError.OrderDeleted(order.id().toString()));
                    }
                    Instant now = ports.clock().instant();
                    return Case.open(CaseId.next(uuids), c.tenant(), c.title(), c.tags(), p, now).map(opened -> {
                        Relation relation = new Relation(RelationId.next(uuids), c.tenant(), EntityRef.order(order.id().value()),
                                EntityRef.ofCase(opened.after().id().value()), RelationType.DELIVERY,
                                JsonObject.builder().put("orderNumber", order.number().value()).build(), now, p.subject());
                        ports.cases().insert(opened.after());
                        ports.relations().insert(relation);
                        List<DomainEvent> events = new ArrayList<>(opened.events());
                        events.add(new RelationEvents.RelationCreated(relation));
                        ports.outbox().append(events);
                        return new CaseFromOrder(opened.after(), relation);
                    });
                })));
    }
}
