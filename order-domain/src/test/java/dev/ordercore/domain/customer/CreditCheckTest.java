package dev.ordercore.domain.customer;

import dev.ordercore.domain.access.Principal;
import dev.ordercore.domain.customer.Customer.CreditLimitDraft;
import dev.ordercore.domain.customer.Customer.Draft;
import dev.ordercore.domain.json.JsonObject;
import dev.ordercore.domain.order.CustomerId;
import dev.ordercore.domain.order.NewStatusEntry;
import dev.ordercore.domain.order.Order;
import dev.ordercore.domain.order.Severity;
import dev.ordercore.domain.order.StatusEntries;
import dev.ordercore.domain.order.StatusEntryId;
import dev.ordercore.domain.shared.Money;
import dev.ordercore.domain.shared.TenantId;
import dev.ordercore.domain.shared.Uuids;
import dev.ordercore.domain.testing.OrderFixtures;
import dev.ordercore.domain.testing.OrderJournal;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;

import static dev.ordercore.domain.testing.OrderFixtures.aSale;
import static dev.ordercore.domain.testing.OrderFixtures.anOrder;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** R15's credit check on examples: the limit's edge, its currency, and which open blocks already hold the order. */
class CreditCheckTest {

    private static final Instant NOW = Instant.parse("2026-01-14T10:00:00Z");
    private static final StatusEntryId ENTRY = new StatusEntryId(Uuids.nameBased("credit-check-test", "entry"));
    private static final OrderJournal PLACED = OrderFixtures.placed(anOrder().line(aSale().build()).build()).journal(); // 1800.00 SEK

    private static Customer limitedTo(String amount, String currency, TenantId tenant) {
        return Customer.create(new CustomerId(Uuids.nameBased("credit-check-test", "customer")), tenant, new Draft("Café Blom",
                BusinessType.BUSINESS, null, null, new CreditLimitDraft(new BigDecimal(amount), currency), null), NOW).value().after();
    }

    private static Optional<NewStatusEntry> check(Order order, Customer customer, Money exposure) {
        return CreditCheck.check(order, customer, exposure, ENTRY, "ann", NOW);
    }

    @Test
    void R15_an_exposure_exactly_at_the_limit_is_within_it_and_a_cent_above_is_blocked_with_the_figures() {
        Customer customer = limitedTo("1799.99", "SEK", OrderFixtures.TENANT);
        Order order = PLACED.order();

        assertThat(CreditCheck.exceeds(Money.of("1800.00", "SEK"), Money.of("1800.00", "SEK"))).isFalse();
        assertThat(CreditCheck.exceeds(Money.of("1800.00", "SEK"), Money.of("1800.01", "SEK"))).isTrue();
        assertThat(CreditCheck.exceeds(Money.of("1800.00", "SEK"), Money.of("1800.01", "EUR"))).isFalse();
        assertThat(check(order, customer, Money.of("1799.99", "SEK"))).isEmpty();
        assertThat(check(order, customer, Money.of("1800.00", "SEK"))).contains(new NewStatusEntry(ENTRY, order.tenant(), order.id(),
                Optional.empty(), CreditCheck.LIMIT_EXCEEDED, Optional.of("credit"), Severity.BLOCKING, JsonObject.builder()
                .put("customerId", customer.id().toString()).put("currency", "SEK").put("limit", "1799.99").put("exposure", "1800.00")
                .put("over", "0.01").build(), NOW, "ann", Optional.empty(), Optional.empty()));
    }

    @Test
    void R15_a_customer_without_a_limit_in_the_orders_currency_is_not_checked_whatever_the_exposure_says() {
        Customer inEuros = limitedTo("100.00", "EUR", OrderFixtures.TENANT);

        assertThat(check(PLACED.order(), inEuros, Money.of("5000.00", "EUR"))).isEmpty();
        assertThat(check(PLACED.order(), inEuros, Money.of("5000.00", "SEK"))).isEmpty();
    }

    @Test
    void R15_another_modules_block_does_not_stand_in_for_the_credit_block() {
        Customer customer = limitedTo("0.00", "SEK", OrderFixtures.TENANT);
        Order heldByInventory = PLACED.write(new StatusEntries.Request(Optional.empty(), "inventory:reservation_backordered", Optional.empty(),
                Severity.BLOCKING, JsonObject.empty(), Optional.empty(), Optional.empty(), Optional.empty()),
                Principal.moduleWriter("inventory-service", OrderFixtures.TENANT, "inventory")).value().order();
        assertThat(heldByInventory.isBlocked()).isTrue();

        assertThat(CreditCheck.heldByCredit(heldByInventory)).isFalse();
        assertThat(check(heldByInventory, customer, Money.of("1800.00", "SEK"))).map(NewStatusEntry::code).contains(CreditCheck.LIMIT_EXCEEDED);
    }

    @Test
    void R35_a_customer_of_another_tenant_is_a_programming_error() {
        Customer elsewhere = limitedTo("0.00", "SEK", TenantId.of("other-shop"));

        assertThatThrownBy(() -> check(PLACED.order(), elsewhere, Money.of("1800.00", "SEK"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("customer " + elsewhere.id() + " belongs to another tenant than order " + PLACED.order().id());
    }
}
