package dev.ordercore.application.port.in;

import dev.ordercore.domain.cases.Case;
import dev.ordercore.domain.relation.Relation;

import java.util.Objects;

/** The case opened for an order and the relation that links them. */
public record CaseFromOrder(Case aCase, Relation relation) {

    public CaseFromOrder {
        Objects.requireNonNull(aCase, "aCase");
        Objects.requireNonNull(relation, "relation");
    }
}
