package dev.ordercore.application.service;

import dev.ordercore.application.OrderCorePorts;
import dev.ordercore.application.port.out.TenantPolicy;
import dev.ordercore.domain.catalog.CategoryId;
import dev.ordercore.domain.catalog.Klass;
import dev.ordercore.domain.catalog.KlassId;
import dev.ordercore.domain.order.LineItem;
import dev.ordercore.domain.order.Order;
import dev.ordercore.domain.pricing.EffectiveCalculation;
import dev.ordercore.domain.shared.OrderError;
import dev.ordercore.domain.shared.Result;
import dev.ordercore.domain.shared.TenantId;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Looks up what the calculation of an order needs (R31) and lets the domain work it out: the
 * tenant's tax, rounding and lifecycles, the order's manual calculation, and, only when the tenant
 * taxes some category at its own rate, the category of each klass the order's lines name. Klasses
 * never change category and are never hard-deleted, so reading them now gives what they were when
 * the order was placed.
 */
final class Calculations {

    private final OrderCorePorts ports;

    Calculations(OrderCorePorts ports) {
        this.ports = ports;
    }

    Result<EffectiveCalculation, OrderError> of(TenantId tenant, Order order) {
        TenantPolicy policy = ports.policies().policyFor(tenant);
        Map<KlassId, CategoryId> categories = policy.tax().hasCategoryRates() ? categories(tenant, order) : Map.of();
        return EffectiveCalculation.of(order, policy.lifecycles(), policy.tax(), policy.rounding(), categories,
                ports.calculationOverrides().find(tenant, order.id()));
    }

    private Map<KlassId, CategoryId> categories(TenantId tenant, Order order) {
        Set<KlassId> klasses = order.lineItems().stream().map(LineItem::klass).flatMap(Optional::stream).collect(Collectors.toSet());
        if (klasses.isEmpty()) {
            return Map.of();
        }
        return ports.klasses().findAll(tenant, klasses).stream().collect(Collectors.toMap(Klass::id, Klass::category));
    }
}
