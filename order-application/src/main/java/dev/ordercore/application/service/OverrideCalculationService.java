package dev.ordercore.application.service;

import dev.ordercore.application.OrderCorePorts;
import dev.ordercore.application.port.in.CalculationOfOrder;
import dev.ordercore.application.port.in.OverrideCalculationCommand;
import dev.ordercore.application.port.in.OverrideCalculationUseCase;
import dev.ordercore.domain.access.Permission;
import dev.ordercore.domain.order.StatusEntryId;
import dev.ordercore.domain.pricing.CalculationOverride;
import dev.ordercore.domain.pricing.EffectiveCalculation;
import dev.ordercore.domain.shared.OrderError;
import dev.ordercore.domain.shared.Result;
import dev.ordercore.domain.shared.Uuids;

/**
 * Stores a manual calculation and what it did to the order in one transaction: the override, the
 * order at its next version, the {@code order:manually_adjusted} entry and the event.
 */
public final class OverrideCalculationService implements OverrideCalculationUseCase {

    private final OrderCorePorts ports;
    private final Uuids uuids;
    private final Transactions transactions;
    private final OrderWrites writes;

    public OverrideCalculationService(OrderCorePorts ports, Uuids uuids) {
        this.ports = ports;
        this.uuids = uuids;
        this.transactions = new Transactions(ports.transactions());
        this.writes = new OrderWrites(ports);
    }

    @Override
    public Result<CalculationOfOrder, OrderError> override(OverrideCalculationCommand c) {
        return c.principal().may(c.tenant(), Permission.OVERRIDE).flatMap(p -> transactions.runRetrying(c.expectedVersion(), () ->
                writes.loadForChange(c.tenant(), c.orderId(), c.expectedVersion()).flatMap(order ->
                        CalculationOverride.create(order, ports.policies().policyFor(c.tenant()).lifecycles(), c.calculation(), c.reason(), p,
                                        StatusEntryId.next(uuids), ports.clock().instant())
                                .map(done -> {
                                    ports.calculationOverrides().save(done.override());
                                    writes.changed(order, done.change());
                                    return new CalculationOfOrder(done.change().order(), EffectiveCalculation.manual(done.override()));
                                }))));
    }
}
