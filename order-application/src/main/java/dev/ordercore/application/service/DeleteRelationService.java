package dev.ordercore.application.service;

import dev.ordercore.application.OrderCorePorts;
import dev.ordercore.application.port.in.DeleteRelationCommand;
import dev.ordercore.application.port.in.DeleteRelationUseCase;
import dev.ordercore.domain.access.Permission;
import dev.ordercore.domain.relation.Relation;
import dev.ordercore.domain.relation.RelationEvents;
import dev.ordercore.domain.shared.EntityType;
import dev.ordercore.domain.shared.OrderError;
import dev.ordercore.domain.shared.Result;

import java.util.List;
import java.util.Optional;

public final class DeleteRelationService implements DeleteRelationUseCase {

    private final OrderCorePorts ports;
    private final Transactions transactions;

    public DeleteRelationService(OrderCorePorts ports) {
        this.ports = ports;
        this.transactions = new Transactions(ports.transactions());
    }

    @Override
    public Result<Relation, OrderError> delete(DeleteRelationCommand c) {
        return c.principal().may(c.tenant(), Permission.WRITE_RELATIONS).flatMap(p -> transactions.run(() -> {
            Optional<Relation> found = ports.relations().find(c.tenant(), c.relationId());
            if (found.isEmpty() || !ports.relations().delete(c.tenant(), c.relationId())) {
                return Result.err(new OrderError.NotFound(EntityType.RELATION, c.relationId().toString()));
            }
            ports.outbox().append(List.of(new RelationEvents.RelationDeleted(found.get(), p.subject(), ports.clock().instant())));
            return Result.ok(found.get());
        }));
    }
}
