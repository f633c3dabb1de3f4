package dev.ordercore.application.service;

import dev.ordercore.application.OrderCorePorts;
import dev.ordercore.application.port.in.CloseCaseTagCommand;
import dev.ordercore.application.port.in.CloseCaseTagUseCase;
import dev.ordercore.domain.cases.Case;
import dev.ordercore.domain.shared.OrderError;
import dev.ordercore.domain.shared.Result;

public final class CloseCaseTagService implements CloseCaseTagUseCase {

    private final OrderCorePorts ports;
    private final CaseCommands cases;

    public CloseCaseTagService(OrderCorePorts ports) {
        this.ports = ports;
        this.cases = new CaseCommands(ports);
    }

    @Override
    public Result<Case, OrderError> closeTag(CloseCaseTagCommand c) {
        return cases.run(c.principal(), c.tenant(), c.caseId(), c.expectedVersion(),
                (aCase, p) -> aCase.closeTag(c.tag(), p, ports.clock().instant()));
    }
}
