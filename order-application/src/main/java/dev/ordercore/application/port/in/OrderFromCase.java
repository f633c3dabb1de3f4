package dev.ordercore.application.port.in;

import dev.ordercore.domain.cases.Case;
import dev.ordercore.domain.order.Order;
import dev.ordercore.domain.relation.Relation;

import java.util.Objects;

/** The order placed for a case, the relation that links them, and the case as it now is. */
public record OrderFromCase(Order order, Relation relation, Case aCase) {

    public OrderFromCase {
        Objects.requireNonNull(order, "order");
        Objects.requireNonNull(relation, "relation");
        Objects.requireNonNull(aCase, "aCase");
    }
}
