package dev.ordercore.application.service;

import dev.ordercore.application.OrderCorePorts;
import dev.ordercore.application.port.in.CreateRelationCommand;
import dev.ordercore.application.port.in.CreateRelationUseCase;
import dev.ordercore.domain.access.Permission;
import dev.ordercore.domain.relation.Relation;
import dev.ordercore.domain.relation.RelationEvents;
import dev.ordercore.domain.relation.RelationId;
import dev.ordercore.domain.shared.OrderError;
import dev.ordercore.domain.shared.Result;
import dev.ordercore.domain.shared.Uuids;
import dev.ordercore.domain.shared.Violation;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

public final class CreateRelationService implements CreateRelationUseCase {

    private final OrderCorePorts ports;
    private final Uuids uuids;
    private final Transactions transactions;
    private final Entities entities;

    public CreateRelationService(OrderCorePorts ports, Uuids uuids) {
        this.ports = ports;
        this.uuids = uuids;
        this.transactions = new Transactions(ports.transactions());
        this.entities = new Entities(ports);
    }

    @Override
    public Result<Relation, OrderError> create(CreateRelationCommand c) {
        return c.principal().may(c.tenant(), Permission.WRITE_RELATIONS).flatMap(p -> transactions.run(() ->
                Relation.create(RelationId.next(uuids), c.tenant(), c.source(), c.target(), c.type(), c.metadata(), p.subject(),
                        ports.clock().instant()).flatMap(relation -> {
                    List<Violation> missing = Stream.of(entities.missing(c.tenant(), "source.id", relation.source()),
                            entities.missing(c.tenant(), "target.id", relation.target())).flatMap(Optional::stream).toList();
                    if (!missing.isEmpty()) {
                        return Result.err(new OrderError.ValidationFailed(missing));
                    }
                    ports.relations().insert(relation);
                    ports.outbox().append(List.of(new RelationEvents.RelationCreated(relation)));
                    return Result.ok(relation);
                })));
    }

}
