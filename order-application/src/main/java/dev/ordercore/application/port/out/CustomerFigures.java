package dev.ordercore.application.port.out;

import dev.ordercore.domain.customer.CustomerMetrics;
import dev.ordercore.domain.order.CustomerId;
import dev.ordercore.domain.shared.Money;
import dev.ordercore.domain.shared.TenantId;

import java.util.Currency;

/**
 * What a customer's orders add up to, computed by the store from the lines that name the customer
 * (a line's customer is its own or the order's default), never by loading every order: PostgreSQL
 * answers each with one aggregate query over the lines' customer index. A customer need not be
 * registered to have figures. Deleted orders never count. Sees what the current transaction wrote.
 */
public interface CustomerFigures {

    /**
     * The orders with a line for {@code customer}, the amounts of those lines except the ones in
     * {@code cancelledLines}, per currency, and the creation time of the newest of those orders.
     */
    CustomerMetrics metrics(TenantId tenant, CustomerId customer, LifecycleStates cancelledLines);

    /**
     * The customer's open exposure in {@code currency}: the amounts of the customer's lines that are not in
     * {@code cancelledLines}, on orders not in {@code closedOrders}; zero when there are none.
     */
    Money openExposure(TenantId tenant, CustomerId customer, Currency currency, LifecycleStates cancelledLines,
                       LifecycleStates closedOrders);
}
