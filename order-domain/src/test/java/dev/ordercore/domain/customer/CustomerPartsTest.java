package dev.ordercore.domain.customer;

import dev.ordercore.domain.json.JsonObject;
import dev.ordercore.domain.shared.Money;
import dev.ordercore.domain.shared.TenantId;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The small parts of a customer: patch edits, metrics and the events' aggregate. */
class CustomerPartsTest {

    @Test
    void an_edit_keeps_sets_or_clears_a_value() {
        assertThat(Edit.<Integer>keep()).isEqualTo(new Edit.Keep<Integer>());
        assertThat(Edit.<Integer>keep().applyTo(Optional.of(30), d -> d * 2)).contains(30);
        assertThat(Edit.set(45).applyTo(Optional.of(30), d -> d * 2)).contains(90);
        assertThat(Edit.<Integer>clear().applyTo(Optional.of(30), d -> d * 2)).isEmpty();
    }

    @Test
    void a_customers_totals_are_listed_by_currency_code() {
        Instant last = Instant.parse("2026-03-01T10:00:00Z");

        assertThat(new CustomerMetrics(3, List.of(Money.of("10.00", "SEK"), Money.of("5.00", "EUR"), Money.of("1", "JPY")), Optional.of(last))
                .totalSpent()).containsExactly(Money.of("5.00", "EUR"), Money.of("1", "JPY"), Money.of("10.00", "SEK"));
    }

    @Test
    void customer_events_belong_to_the_customer_aggregate() {
        TenantId bakery = TenantId.of("bakery");
        Instant at = Instant.parse("2026-03-01T10:00:00Z");

        assertThat(new CustomerEvents.CustomerCreated(bakery, "c1", JsonObject.empty(), at).aggregateType()).isEqualTo("customer");
        assertThat(new CustomerEvents.CustomerUpdated(bakery, "c1", JsonObject.empty(), at).aggregateType()).isEqualTo("customer");
    }
}
