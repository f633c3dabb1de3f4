package dev.ordercore.application.service;

import dev.ordercore.application.OrderCorePorts;
import dev.ordercore.application.port.in.ListOrdersQuery;
import dev.ordercore.application.port.in.ListOrdersUseCase;
import dev.ordercore.application.port.out.OrderCursor;
import dev.ordercore.application.port.out.Page;
import dev.ordercore.domain.access.Permission;
import dev.ordercore.domain.order.Order;
import dev.ordercore.domain.shared.OrderError;
import dev.ordercore.domain.shared.Result;
import dev.ordercore.domain.shared.Violation;

import java.util.List;
import java.util.Optional;

public final class ListOrdersService implements ListOrdersUseCase {

    private final OrderCorePorts ports;

    public ListOrdersService(OrderCorePorts ports) {
        this.ports = ports;
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
