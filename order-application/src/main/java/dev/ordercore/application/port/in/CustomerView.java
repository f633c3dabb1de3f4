package dev.ordercore.application.port.in;

import dev.ordercore.domain.customer.Customer;
import dev.ordercore.domain.customer.CustomerMetrics;

import java.util.Objects;

/** A customer and what its orders add up to, read together. */
public record CustomerView(Customer customer, CustomerMetrics metrics) {

    public CustomerView {
        Objects.requireNonNull(customer, "customer");
        Objects.requireNonNull(metrics, "metrics");
    }
}
