package dev.ordercore.application.service;

import dev.ordercore.application.OrderCorePorts;
import dev.ordercore.application.port.in.CloseCaseCommand;
import dev.ordercore.application.port.in.CloseCaseUseCase;
import dev.ordercore.domain.cases.Case;
import dev.ordercore.domain.shared.OrderError;
import dev.ordercore.domain.shared.Result;

public final class CloseCaseService implements CloseCaseUseCase {

    private final OrderCorePorts ports;
    private final CaseCommands cases;

    public CloseCaseService(OrderCorePorts ports) {
        this.ports = ports;
        this.cases = new CaseCommands(ports);
    }

    @Override
    public Result<Case, OrderError> close(CloseCaseCommand c) {
        return cases.run(c.principal(), c.tenant(), c.caseId(), c.expectedVersion(),
                (aCase, p) -> aCase.close(c.force(), c.reason(), p, ports.clock().instant()));
    }
}
