package dev.ordercore.application.service;

import dev.ordercore.application.OrderCorePorts;
import dev.ordercore.domain.access.Permission;
import dev.ordercore.domain.access.Principal;
import dev.ordercore.domain.cases.Case;
import dev.ordercore.domain.cases.CaseId;
import dev.ordercore.domain.shared.OrderError;
import dev.ordercore.domain.shared.Result;
import dev.ordercore.domain.shared.TenantId;

import java.util.Optional;
import java.util.function.BiFunction;

/** Runs a command on one case: load it (checking the version the caller read), change it, store it and its events. */
final class CaseCommands {

    private final OrderCorePorts ports;
    private final Transactions transactions;
    private final Entities entities;

    CaseCommands(OrderCorePorts ports) {
        this.ports = ports;
        this.transactions = new Transactions(ports.transactions());
        this.entities = new Entities(ports);
    }

    Result<Case, OrderError> run(Principal principal, TenantId tenant, CaseId id, Optional<Long> expectedVersion,
                                 BiFunction<Case, Principal, Result<Case.Change, OrderError>> command) {
        return principal.may(tenant, Permission.WORK_CASES).flatMap(p -> transactions.runRetrying(expectedVersion, () ->
                entities.loadCase(tenant, id, expectedVersion).flatMap(loaded -> command.apply(loaded, p).map(change -> {
                    store(loaded, change);
                    return change.after();
                }))));
    }

    /** Stores a change to a case read at its version, inside the caller's transaction. */
    void store(Case loaded, Case.Change change) {
        ports.cases().update(change.after(), loaded.version());
        ports.outbox().append(change.events());
    }
}
