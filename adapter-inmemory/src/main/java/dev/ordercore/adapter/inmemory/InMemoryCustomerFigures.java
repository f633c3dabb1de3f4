package dev.ordercore.adapter.inmemory;

import dev.ordercore.application.port.out.CustomerFigures;
import dev.ordercore.application.port.out.LifecycleStates;
import dev.ordercore.application.port.out.OrderCursor;
import dev.ordercore.application.port.out.OrderFilter;
import dev.ordercore.application.port.out.OrderRepository;
import dev.ordercore.domain.customer.CustomerMetrics;
import dev.ordercore.domain.order.CustomerId;
import dev.ordercore.domain.order.LineItem;
import dev.ordercore.domain.order.Order;
import dev.ordercore.domain.shared.Money;
import dev.ordercore.domain.shared.TenantId;

import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * A customer's figures, added up from the customer's orders as the order store lists them (its
 * customer filter: the orders with the customer as default or on a line; deleted ones are never
 * listed), a page at a time. The same answers as PostgreSQL's aggregate queries.
 */
final class InMemoryCustomerFigures implements CustomerFigures {

    private static final int PAGE = 500;

    private final OrderRepository orders;

    InMemoryCustomerFigures(OrderRepository orders) {
        this.orders = orders;
    }

    @Override
    public CustomerMetrics metrics(TenantId tenant, CustomerId customer, LifecycleStates cancelledLines) {
        long[] count = {0};
        Instant[] last = {null};
        Map<String, Money> totals = new TreeMap<>();
        eachOrder(tenant, customer, order -> {
            List<LineItem> lines = linesOf(order, customer);
            if (lines.isEmpty()) {
                return;
            }
            count[0]++;
            last[0] = last[0] == null || order.createdAt().isAfter(last[0]) ? order.createdAt() : last[0];
            Money spent = totals.getOrDefault(order.currency().getCurrencyCode(), Money.zero(order.currency()));
            for (LineItem line : lines) {
                if (!cancelledLines.contains(line.lifecycle(), line.status())) {
                    spent = spent.plus(line.amount());
                }
            }
            totals.put(order.currency().getCurrencyCode(), spent);
        });
        return new CustomerMetrics(count[0], List.copyOf(totals.values()), Optional.ofNullable(last[0]));
    }

    @Override
    public Money openExposure(TenantId tenant, CustomerId customer, Currency currency, LifecycleStates cancelledLines,
                              LifecycleStates closedOrders) {
        Money[] exposure = {Money.zero(currency)};
        eachOrder(tenant, customer, order -> {
            if (!order.currency().equals(currency) || closedOrders.contains(order.lifecycle(), order.status())) {
                return;
            }
            for (LineItem line : linesOf(order, customer)) {
                if (!cancelledLines.contains(line.lifecycle(), line.status())) {
                    exposure[0] = exposure[0].plus(line.amount());
                }
            }
        });
        return exposure[0];
    }

    private static List<LineItem> linesOf(Order order, CustomerId customer) {
        return order.lineItems().stream().filter(l -> l.customer().filter(customer::equals).isPresent()).toList();
    }

    private void eachOrder(TenantId tenant, CustomerId customer, Consumer<Order> action) {
        OrderFilter filter = OrderFilter.ALL.withCustomer(customer);
        Optional<OrderCursor> after = Optional.empty();
        while (true) {
            List<Order> page = orders.list(tenant, filter, after, PAGE);
            page.forEach(action);
            if (page.size() < PAGE) {
                return;
            }
            Order last = page.get(page.size() - 1);
            after = Optional.of(new OrderCursor(last.createdAt(), last.id()));
        }
    }
}
