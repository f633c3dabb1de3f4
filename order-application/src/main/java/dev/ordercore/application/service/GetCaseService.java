package dev.ordercore.application.service;

import dev.ordercore.application.OrderCorePorts;
import dev.ordercore.application.port.in.GetCaseQuery;
import dev.ordercore.application.port.in.GetCaseUseCase;
import dev.ordercore.domain.access.Permission;
import dev.ordercore.domain.cases.Case;
import dev.ordercore.domain.shared.OrderError;
import dev.ordercore.domain.shared.Result;

import java.util.Optional;

public final class GetCaseService implements GetCaseUseCase {

    private final Entities entities;

    public GetCaseService(OrderCorePorts ports) {
        this.entities = new Entities(ports);
    }

    @Override
    public Result<Case, OrderError> get(GetCaseQuery q) {
        return q.principal().may(q.tenant(), Permission.READ).flatMap(p -> entities.loadCase(q.tenant(), q.caseId(), Optional.empty()));
    }
}
