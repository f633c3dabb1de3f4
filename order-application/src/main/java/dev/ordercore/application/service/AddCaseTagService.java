package dev.ordercore.application.service;

import dev.ordercore.application.OrderCorePorts;
import dev.ordercore.application.port.in.AddCaseTagCommand;
import dev.ordercore.application.port.in.AddCaseTagUseCase;
import dev.ordercore.domain.cases.Case;
import dev.ordercore.domain.shared.OrderError;
import dev.ordercore.domain.shared.Result;

public final class AddCaseTagService implements AddCaseTagUseCase {

    private final OrderCorePorts ports;
    private final CaseCommands cases;

    public AddCaseTagService(OrderCorePorts ports) {
        this.ports = ports;
        this.cases = new CaseCommands(ports);
    }

    @Override
    public Result<Case, OrderError> addTag(AddCaseTagCommand c) {
        return cases.run(c.principal(), c.tenant(), c.caseId(), c.expectedVersion(),
                (aCase, p) -> aCase.addTag(c.tag(), p, ports.clock().instant()));
    }
}
