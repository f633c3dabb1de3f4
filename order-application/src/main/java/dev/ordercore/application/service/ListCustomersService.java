package dev.ordercore.application.service;

import dev.ordercore.application.OrderCorePorts;
import dev.ordercore.application.port.in.ListCustomersQuery;
import dev.ordercore.application.port.in.ListCustomersUseCase;
import dev.ordercore.application.port.out.CustomerFilter;
import dev.ordercore.application.port.out.Page;
import dev.ordercore.domain.access.Permission;
import dev.ordercore.domain.customer.Customer;
import dev.ordercore.domain.order.CustomerId;
import dev.ordercore.domain.shared.OrderError;
import dev.ordercore.domain.shared.Result;
import dev.ordercore.domain.shared.Text;
import dev.ordercore.domain.shared.Violations;

import java.util.List;
import java.util.Optional;

public final class ListCustomersService implements ListCustomersUseCase {

    private final OrderCorePorts ports;

    public ListCustomersService(OrderCorePorts ports) {
        this.ports = ports;
    }

    @Override
    public Result<Page<Customer>, OrderError> list(ListCustomersQuery q) {
        return q.principal().may(q.tenant(), Permission.READ).flatMap(p -> {
            Optional<OrderError> badLimit = Paging.checkLimit(q.limit());
            if (badLimit.isPresent()) {
                return Result.err(badLimit.get());
            }
            Violations v = check(q.filter());
            if (!v.isEmpty()) {
                return v.toResult(null);
            }
            return Paging.decodeId(q.cursor(), CustomerId::new).map(after -> {
                List<Customer> found = ports.customers().list(q.tenant(), q.filter(), after, q.limit() + 1);
                boolean more = found.size() > q.limit();
                List<Customer> page = more ? found.subList(0, q.limit()) : found;
                return Page.of(page, more ? Optional.of(Paging.encodeId(page.get(page.size() - 1).id().value())) : Optional.empty());
            });
        });
    }

    private static Violations check(CustomerFilter f) {
        Violations v = new Violations();
        f.nameContains().ifPresent(part -> {
            if (part.isEmpty() || part.length() > Customer.MAX_NAME) {
                v.add("name", "invalid_filter", "a name filter is 1-" + Customer.MAX_NAME + " characters");
            } else if (!Text.storable(part)) {
                Text.unstorable(v, "name");
            }
        });
        if (f.createdFrom().isPresent() && f.createdTo().isPresent() && !f.createdFrom().get().isBefore(f.createdTo().get())) {
            v.add("createdTo", "empty_range", "createdTo must be after createdFrom; the range is [createdFrom, createdTo)");
        }
        return v;
    }
}
