package dev.ordercore.application.port.in;

import dev.ordercore.domain.order.Order;
import dev.ordercore.domain.relation.Relation;

import java.util.Objects;

/** One order of a case and the relation that links them. */
public record CaseOrder(Order order, Relation relation) {

    public CaseOrder {
        Objects.requireNonNull(order, "order");
        Objects.requireNonNull(relation, "relation");
    }
}
