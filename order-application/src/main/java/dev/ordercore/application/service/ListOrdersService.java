package dev.ordercore.application.service;

import dev.ordercore.application.OrderCorePorts;
import dev.ordercore.application.port.in.ListOrdersQuery;
import dev.ordercore.application.port.in.ListOrdersUseCase;
import dev.ordercore.application.port.out.OrderCursor;
import dev.ordercore.application.port.out.Page;
import dev.ordercore.domain.access.Permission;
import dev.ordercore.domain.order.LifecycleSet;
import dev.ordercore.domain.order.Order;
import dev.ordercore.domain.shared.OrderError;
import dev.ordercore.domain.shared.Result;
import dev.ordercore.domain.shared.TenantId;
import dev.ordercore.domain.shared.Violation;

import java.util.List;
import java.util.Optional;

public final class ListOrdersService implements ListOrdersUseCase {

    private final OrderCorePorts ports;

    public ListOrdersService(OrderCorePorts ports) {
        this.ports = ports;
    }

    private boolean knownStatus(TenantId tenant, String status) {
        LifecycleSet lifecycles = ports.policies().policyFor(tenant).lifecycles();
        return lifecycles.order().has(status) || lifecycles.retired().stream().anyMatch(l -> l.has(status));
    }

    @Override
    public Result<Page<Order>, OrderError> list(ListOrdersQuery q) {
        Result<?, OrderError> allowed = q.principal().may(q.tenant(), Permission.READ);
        if (allowed.isErr()) {
            return Result.err(allowed.error());
        }
        Optional<OrderError> badLimit = Paging.checkLimit(q.limit());
        if (badLimit.isPresent()) {
            return Result.err(badLimit.get());
        }
        if (q.filter().createdFrom().isPresent() && q.filter().createdTo().isPresent()
                && !q.filter().createdFrom().get().isBefore(q.filter().createdTo().get())) {
            return Result.err(new OrderError.ValidationFailed(List.of(new Violation("createdTo", "empty_range",
                    "createdTo must be after createdFrom; the range is [createdFrom, createdTo)"))));
        }
        if (q.filter().status().isPresent() && !knownStatus(q.tenant(), q.filter().status().get())) {
            return Result.err(new OrderError.ValidationFailed(List.of(new Violation("status", "unknown_status",
                    "'" + q.filter().status().get() + "' is not a state of this tenant's order lifecycles, such as PENDING"))));
        }
        return Paging.decodeOrderCursor(q.cursor()).map(after -> {
            List<Order> found = ports.orders().list(q.tenant(), q.filter(), after, q.limit() + 1);
            boolean more = found.size() > q.limit();
            List<Order> page = more ? found.subList(0, q.limit()) : found;
            Optional<String> next = more
                    ? Optional.of(Paging.encode(new OrderCursor(page.get(page.size() - 1).createdAt(), page.get(page.size() - 1).id())))
                    : Optional.empty();
            return Page.of(page, next);
        });
    }
}
