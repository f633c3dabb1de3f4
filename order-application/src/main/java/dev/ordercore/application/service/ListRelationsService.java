package dev.ordercore.application.service;

import dev.ordercore.application.OrderCorePorts;
import dev.ordercore.application.port.in.ListRelationsQuery;
import dev.ordercore.application.port.in.ListRelationsUseCase;
import dev.ordercore.domain.access.Permission;
import dev.ordercore.domain.relation.Relation;
import dev.ordercore.domain.shared.OrderError;
import dev.ordercore.domain.shared.Result;

import java.util.List;

public final class ListRelationsService implements ListRelationsUseCase {

    private final OrderCorePorts ports;

    public ListRelationsService(OrderCorePorts ports) {
        this.ports = ports;
    }

    @Override
    public Result<List<Relation>, OrderError> list(ListRelationsQuery q) {
        return q.principal().may(q.tenant(), Permission.READ).map(p -> ports.relations().listFor(q.tenant(), q.entity()));
    }
}
