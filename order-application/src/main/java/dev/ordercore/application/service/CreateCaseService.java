package dev.ordercore.application.service;

import dev.ordercore.application.OrderCorePorts;
import dev.ordercore.application.port.in.CreateCaseCommand;
import dev.ordercore.application.port.in.CreateCaseUseCase;
import dev.ordercore.domain.access.Permission;
import dev.ordercore.domain.cases.Case;
import dev.ordercore.domain.cases.CaseId;
import dev.ordercore.domain.shared.OrderError;
import dev.ordercore.domain.shared.Result;
import dev.ordercore.domain.shared.Uuids;

public final class CreateCaseService implements CreateCaseUseCase {

    private final OrderCorePorts ports;
    private final Uuids uuids;
    private final Transactions transactions;

    public CreateCaseService(OrderCorePorts ports, Uuids uuids) {
        this.ports = ports;
        this.uuids = uuids;
        this.transactions = new Transactions(ports.transactions());
    }

    @Override
    public Result<Case, OrderError> create(CreateCaseCommand c) {
        return c.principal().may(c.tenant(), Permission.WORK_CASES).flatMap(p -> transactions.run(() ->
                Case.open(CaseId.next(uuids), c.tenant(), c.title(), c.tags(), p, ports.clock().instant()).map(change -> {
                    ports.cases().insert(change.after());
                    ports.outbox().append(change.events());
                    return change.after();
                })));
    }
}
