package dev.ordercore.application.service;

import dev.ordercore.application.OrderCorePorts;
import dev.ordercore.domain.customer.Customer;
import dev.ordercore.domain.customer.CustomerTerms;
import dev.ordercore.domain.order.CustomerId;
import dev.ordercore.domain.order.LineItemDraft;
import dev.ordercore.domain.order.OrderDraft;
import dev.ordercore.domain.shared.TenantId;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Looks up the customers whose payment terms lines take ({@link CustomerTerms}); the rule is the
 * domain's. Only lines billed to their customer without terms cause a look-up, so other orders pay nothing for it.
 */
final class CustomerTermsLookup {

    private final OrderCorePorts ports;

    CustomerTermsLookup(OrderCorePorts ports) {
        this.ports = ports;
    }

    OrderDraft apply(TenantId tenant, OrderDraft draft) {
        return draft.withLineItems(apply(tenant, draft.customer(), draft.lineItems()));
    }

    List<LineItemDraft> apply(TenantId tenant, Optional<CustomerId> orderCustomer, List<LineItemDraft> lines) {
        Set<CustomerId> wanted = CustomerTerms.wanted(lines, orderCustomer);
        if (wanted.isEmpty()) {
            return lines;
        }
        Map<CustomerId, Customer> customers = ports.customers().findAll(tenant, wanted).stream()
                .collect(Collectors.toMap(Customer::id, Function.identity()));
        return CustomerTerms.apply(lines, orderCustomer, customers);
    }
}
