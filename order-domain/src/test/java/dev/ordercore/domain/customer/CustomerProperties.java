package dev.ordercore.domain.customer;

import dev.ordercore.domain.access.Principal;
import dev.ordercore.domain.access.Role;
import dev.ordercore.domain.catalog.CatalogSnapshot;
import dev.ordercore.domain.customer.Customer.CreditLimitDraft;
import dev.ordercore.domain.customer.Customer.Draft;
import dev.ordercore.domain.order.BillingDraft;
import dev.ordercore.domain.order.CustomerId;
import dev.ordercore.domain.order.LifecycleSet;
import dev.ordercore.domain.order.LineItemDraft;
import dev.ordercore.domain.order.NewStatusEntry;
import dev.ordercore.domain.order.Order;
import dev.ordercore.domain.order.OrderDraft;
import dev.ordercore.domain.order.OrderId;
import dev.ordercore.domain.order.OrderIds;
import dev.ordercore.domain.order.OrderNumber;
import dev.ordercore.domain.order.Payer;
import dev.ordercore.domain.order.Severity;
import dev.ordercore.domain.order.StatusEntryId;
import dev.ordercore.domain.order.TransitionRequest;
import dev.ordercore.domain.shared.Money;
import dev.ordercore.domain.shared.OrderError;
import dev.ordercore.domain.shared.RoundingPolicy;
import dev.ordercore.domain.shared.TenantId;
import dev.ordercore.domain.shared.Uuids;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

@StatisticsReport(onFailureOnly = true)
class CustomerProperties {

    private static final TenantId TENANT = TenantId.of("bakery");
    private static final Instant NOW = Instant.parse("2026-01-14T09:00:00Z");
    private static final Uuids UUIDS = new Uuids(Clock.fixed(NOW, ZoneOffset.UTC));
    private static final Principal ANN = Principal.user("ann", TENANT, Role.ADMIN);

    @Provide
    Arbitrary<BigDecimal> amounts() {
        return Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("20000")).ofScale(2);
    }

    @Property(tries = 200)
    @Label("R15 the credit check blocks exactly when the open exposure is above the limit in the order's currency")
    void the_credit_check_blocks_exactly_when_the_exposure_is_above_the_limit(@ForAll("amounts") BigDecimal limit,
                                                                              @ForAll("amounts") BigDecimal elsewhere,
                                                                              @ForAll @IntRange(min = 1, max = 40) int quantity,
                                                                              @ForAll boolean sameCurrency) {
        Customer customer = Customer.create(CustomerId.next(UUIDS), TENANT, new Draft("Café Blom", BusinessType.BUSINESS, null, null,
                new CreditLimitDraft(limit, sameCurrency ? "SEK" : "EUR"), null), NOW).value().after();
        Order order = place(customer.id(), quantity, "125.50");
        Money exposure = order.total(LifecycleSet.DEFAULT).plus(Money.of(elsewhere, Currency.getInstance("SEK")));

        Optional<NewStatusEntry> entry = CreditCheck.check(order, customer, exposure, StatusEntryId.next(UUIDS), "ann", NOW);

        boolean over = sameCurrency && exposure.amount().compareTo(limit) > 0;
        assertThat(entry.isPresent()).isEqualTo(over);
        entry.ifPresent(e -> {
            assertThat(e.code()).isEqualTo(CreditCheck.LIMIT_EXCEEDED);
            assertThat(e.severity()).isEqualTo(Severity.BLOCKING);
            assertThat(e.payload().get("exposure").orElseThrow().toString()).contains(exposure.amount().toPlainString());
            Order held = order.record(e, NOW).value().order();
            assertThat(held.transition(TransitionRequest.to("CONFIRMED", ANN), LifecycleSet.DEFAULT, OrderIds.fresh(UUIDS), NOW).error())
                    .isInstanceOf(OrderError.TransitionBlocked.class);
            assertThat(held.transition(TransitionRequest.to("CANCELLED", ANN), LifecycleSet.DEFAULT, OrderIds.fresh(UUIDS), NOW).isOk())
                    .isTrue();
            assertThat(CreditCheck.check(held, customer, exposure, StatusEntryId.next(UUIDS), "ann", NOW))
                    .as("one open credit block holds the order").isEmpty();
        });
        Statistics.label("R15 credit").collect(over ? "blocked" : sameCurrency ? "within the limit" : "other currency");
        Statistics.label("R15 credit").coverage(c -> List.of("blocked", "within the limit", "other currency")
                .forEach(o -> c.check(o).count(n -> n > 0)));
    }

    @Property(tries = 100)
    @Label("a line billed to its customer without terms takes the customer's payment terms; stated terms and other payers keep theirs")
    void lines_take_their_customers_terms_only_when_they_state_none(@ForAll @IntRange(min = 0, max = 365) int customerTerms,
                                                                   @ForAll @IntRange(min = 0, max = 365) int stated,
                                                                   @ForAll boolean statesTerms, @ForAll Payer payer) {
        Customer customer = Customer.create(CustomerId.next(UUIDS), TENANT, new Draft("Café Blom", BusinessType.BUSINESS, null,
                customerTerms, null, null), NOW).value().after();
        BillingDraft billing = new BillingDraft(Optional.empty(), Optional.empty(), statesTerms ? Optional.of(stated) : Optional.empty(),
                Optional.of(payer), payer == Payer.WARRANTY ? Optional.of(new dev.ordercore.domain.order.WarrantyId("W-1")) : Optional.empty());
        LineItemDraft line = LineItemDraft.builder().description("Bread").unitPrice("10.00").on(LocalDate.parse("2026-02-01"))
                .billing(billing).build();

        List<LineItemDraft> applied = CustomerTerms.apply(List.of(line), Optional.of(customer.id()), Map.of(customer.id(), customer));

        Optional<Integer> terms = applied.get(0).billing().orElseThrow().termsDays();
        if (statesTerms) {
            assertThat(terms).contains(stated);
        } else if (payer == Payer.CUSTOMER) {
            assertThat(terms).contains(customerTerms);
            assertThat(CustomerTerms.wanted(List.of(line), Optional.of(customer.id()))).containsExactly(customer.id());
        } else {
            assertThat(terms).isEmpty();
        }
        assertThat(CustomerTerms.apply(List.of(line), Optional.of(customer.id()), Map.of())).as("unregistered customers change nothing")
                .containsExactly(line);
    }

    private static Order place(CustomerId customer, int quantity, String price) {
        OrderDraft draft = OrderDraft.builder(Currency.getInstance("SEK")).customer(customer)
                .line(LineItemDraft.builder().description("Sourdough").quantity(quantity).unitPrice(price).on(LocalDate.parse("2026-02-01")).build())
                .build();
        return Order.place(new Order.Placement(TENANT, OrderId.next(UUIDS), OrderNumber.of("ORD", 2026, 1), draft, CatalogSnapshot.empty(),
                RoundingPolicy.DEFAULT, LifecycleSet.DEFAULT, OrderIds.fresh(UUIDS), Optional.empty(), ANN, NOW)).value().order();
    }
}
