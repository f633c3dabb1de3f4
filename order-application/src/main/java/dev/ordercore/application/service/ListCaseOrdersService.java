package dev.ordercore.application.service;

import dev.ordercore.application.OrderCorePorts;
import dev.ordercore.application.port.in.CaseOrder;
import dev.ordercore.application.port.in.ListCaseOrdersQuery;
import dev.ordercore.application.port.in.ListCaseOrdersUseCase;
import dev.ordercore.domain.access.Permission;
import dev.ordercore.domain.order.Order;
import dev.ordercore.domain.order.OrderId;
import dev.ordercore.domain.relation.EntityRef;
import dev.ordercore.domain.relation.Relation;
import dev.ordercore.domain.shared.OrderError;
import dev.ordercore.domain.shared.Result;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The orders of a case, found through relations in either direction (R26), oldest relation first; deleted orders leave the list. */
public final class ListCaseOrdersService implements ListCaseOrdersUseCase {

    private final OrderCorePorts ports;
    private final Transactions transactions;
    private final Entities entities;

    public ListCaseOrdersService(OrderCorePorts ports) {
        this.ports = ports;
        this.transactions = new Transactions(ports.transactions());
        this.entities = new Entities(ports);
    }

    @Override
    public Result<List<CaseOrder>, OrderError> list(ListCaseOrdersQuery q) {
        return q.principal().may(q.tenant(), Permission.READ).flatMap(p -> transactions.run(() ->
                entities.loadCase(q.tenant(), q.caseId(), Optional.empty()).map(aCase -> {
                    EntityRef self = EntityRef.ofCase(aCase.id().value());
                    Map<OrderId, Relation> linked = new LinkedHashMap<>();
                    for (Relation r : ports.relations().listFor(q.tenant(), self)) {
                        EntityRef other = r.source().equals(self) ? r.target() : r.source();
                        if (EntityRef.ORDER.equals(other.type())) {
                            linked.putIfAbsent(new OrderId(other.uuid()), r);
                        }
                    }
                    Map<OrderId, Order> orders = ports.orders().findAll(q.tenant(), linked.keySet()).stream()
                            .collect(Collectors.toMap(Order::id, Function.identity()));
                    List<CaseOrder> result = new ArrayList<>();
                    linked.forEach((id, relation) -> {
                        Order order = orders.get(id);
                        if (order != null && !order.isDeleted()) {
                            result.add(new CaseOrder(order, relation));
                        }
                    });
                    return result;
                })));
    }
}
