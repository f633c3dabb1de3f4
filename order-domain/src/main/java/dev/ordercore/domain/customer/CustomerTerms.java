package dev.ordercore.domain.customer;

import dev.ordercore.domain.order.BillingDraft;
import dev.ordercore.domain.order.CustomerId;
import dev.ordercore.domain.order.LineItemDraft;
import dev.ordercore.domain.order.Payer;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A customer's payment terms are the default terms of the customer's lines (seed 002, seed 003's
 * billing terms): when a line has billing paid by the customer (payer CUSTOMER) and states no
 * {@code termsDays}, it takes the terms of its customer (the line's own, or the order's default),
 * if that customer is registered with terms. Terms a line states always win; lines paid by the
 * business or a warranty are not the customer's to pay and keep what they state. Applied when the
 * lines are placed or added, so a later change of the customer's terms never changes billed lines.
 */
public final class CustomerTerms {

    private CustomerTerms() {
    }

    /** The customers whose terms {@code lines} may take: those of lines billed to the customer without terms. */
    public static Set<CustomerId> wanted(List<LineItemDraft> lines, Optional<CustomerId> orderCustomer) {
        return lines.stream()
                .filter(CustomerTerms::lacksTerms)
                .map(l -> l.customer().or(() -> orderCustomer))
                .flatMap(Optional::stream)
                .collect(Collectors.toUnmodifiableSet());
    }

    /** {@code lines} with the terms of their customers filled in where a line billed to its customer states none. */
    public static List<LineItemDraft> apply(List<LineItemDraft> lines, Optional<CustomerId> orderCustomer, Map<CustomerId, Customer> customers) {
        return lines.stream().map(line -> {
            if (!lacksTerms(line)) {
                return line;
            }
            Optional<Integer> terms = line.customer().or(() -> orderCustomer)
                    .map(customers::get)
                    .flatMap(Customer::paymentTermsDays);
            if (terms.isEmpty()) {
                return line;
            }
            BillingDraft b = line.billing().orElseThrow();
            return line.toBuilder().billing(new BillingDraft(b.timing(), b.cycle(), terms, b.payer(), b.warranty())).build();
        }).toList();
    }

    private static boolean lacksTerms(LineItemDraft line) {
        return line.billing().filter(b -> b.termsDays().isEmpty() && b.payer().filter(Payer.CUSTOMER::equals).isPresent()).isPresent();
    }
}
