package dev.ordercore.adapter.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.ordercore.domain.customer.Customer;
import dev.ordercore.domain.customer.CustomerMetrics;
import dev.ordercore.domain.customer.DeliveryPreferences;
import dev.ordercore.domain.shared.Money;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A customer as the API shows it; absent values are {@code null}. {@code metrics} come with a
 * single customer ({@code GET /customers/{customerId}}) and are left out of lists.
 */
record CustomerResponse(
        UUID id,
        String name,
        String businessType,
        ContactBody contact,
        Integer paymentTermsDays,
        MoneyBody creditLimit,
        DeliveryResponse delivery,
        Instant createdAt,
        Instant updatedAt,
        long version,
        @JsonInclude(JsonInclude.Include.NON_NULL) MetricsResponse metrics) {

    /** An amount as a decimal string, with its currency. */
    record MoneyBody(String amount, String currency) {
        static MoneyBody of(Money m) {
            return new MoneyBody(m.amount().toPlainString(), m.currency().getCurrencyCode());
        }
    }

    record DeliveryResponse(AddressBody address, String windowFrom, String windowTo, String instructions) {
        static DeliveryResponse of(DeliveryPreferences d) {
            return new DeliveryResponse(d.address().map(a -> new AddressBody(a.line1(), a.line2().orElse(null), a.postalCode(), a.city(),
                    a.countryCode())).orElse(null), d.window().map(w -> w.from().toString()).orElse(null),
                    d.window().map(w -> w.to().toString()).orElse(null), d.instructions().orElse(null));
        }
    }

    /** What the customer's orders add up to: orders with a line for the customer, the amounts of those lines not cancelled per currency, the newest order. */
    record MetricsResponse(long orderCount, List<MoneyBody> totalSpent, Instant lastOrderAt) {
        static MetricsResponse of(CustomerMetrics m) {
            return new MetricsResponse(m.orderCount(), m.totalSpent().stream().map(MoneyBody::of).toList(), m.lastOrderAt().orElse(null));
        }
    }

    /** A page of customers and the cursor of the next page ({@code null} on the last). */
    record Page(List<CustomerResponse> items, String nextCursor) {
    }

    static CustomerResponse of(Customer c) {
        return of(c, null);
    }

    static CustomerResponse of(Customer c, MetricsResponse metrics) {
        Customer.State s = c.state();
        return new CustomerResponse(s.id().value(), s.name(), s.businessType().name(),
                s.contact().map(x -> new ContactBody(x.person().orElse(null), x.phone().orElse(null), x.email().orElse(null))).orElse(null),
                s.paymentTermsDays().orElse(null), s.creditLimit().map(MoneyBody::of).orElse(null),
                s.delivery().isEmpty() ? null : DeliveryResponse.of(s.delivery()), s.createdAt(), s.updatedAt(), s.version(), metrics);
    }
}
