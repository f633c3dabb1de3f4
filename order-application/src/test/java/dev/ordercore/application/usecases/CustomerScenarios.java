package dev.ordercore.application.usecases;

import dev.ordercore.application.port.in.AdjustOrderCommand;
import dev.ordercore.application.port.in.CloseStatusEntryCommand;
import dev.ordercore.application.port.in.CreateCustomerCommand;
import dev.ordercore.application.port.in.CustomerView;
import dev.ordercore.application.port.in.GetCustomerQuery;
import dev.ordercore.application.port.in.GetTimelineQuery;
import dev.ordercore.application.port.in.ListCustomersQuery;
import dev.ordercore.application.port.in.PlaceOrderCommand;
import dev.ordercore.application.port.in.TransitionLineItemCommand;
import dev.ordercore.application.port.in.TransitionOrderCommand;
import dev.ordercore.application.port.in.UpdateCustomerCommand;
import dev.ordercore.application.port.out.CustomerFilter;
import dev.ordercore.application.port.out.Page;
import dev.ordercore.domain.customer.BusinessType;
import dev.ordercore.domain.customer.CreditCheck;
import dev.ordercore.domain.customer.Customer;
import dev.ordercore.domain.customer.Edit;
import dev.ordercore.domain.json.JsonObject;
import dev.ordercore.domain.json.JsonString;
import dev.ordercore.domain.order.BillingDraft;
import dev.ordercore.domain.order.CustomerId;
import dev.ordercore.domain.order.LineItem;
import dev.ordercore.domain.order.LineItemDraft;
import dev.ordercore.domain.order.Order;
import dev.ordercore.domain.order.OrderDraft;
import dev.ordercore.domain.order.Payer;
import dev.ordercore.domain.order.Severity;
import dev.ordercore.domain.order.StatusEntry;
import dev.ordercore.domain.order.VendorId;
import dev.ordercore.domain.settings.TenantSettings;
import dev.ordercore.domain.shared.EntityType;
import dev.ordercore.domain.shared.Money;
import dev.ordercore.domain.shared.OrderError;
import dev.ordercore.domain.shared.Violation;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static dev.ordercore.application.fixtures.Principals.admin;
import static dev.ordercore.application.fixtures.Principals.module;
import static dev.ordercore.application.fixtures.Principals.operator;
import static dev.ordercore.application.fixtures.Principals.viewer;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Customers through the use cases: registering, reading with metrics, listing, PATCH with
 * If-Match; payment terms as the default terms of the customer's lines; and the credit check
 * (R15): with credit checks enabled in the tenant's settings, an order that takes a customer over
 * the limit is held by a BLOCKING {@code credit:limit_exceeded} entry until it is closed.
 */
public abstract class CustomerScenarios extends CoreScenarios {

    private static final Currency SEK = Currency.getInstance("SEK");
    private static final LocalDate DAY = LocalDate.parse("2026-02-01");

    private Customer register(String name, Integer terms, String limit) {
        return ok(core.createCustomer().create(new CreateCustomerCommand(operator(TENANT), TENANT, new Customer.Draft(name,
                BusinessType.BUSINESS, null, terms, limit == null ? null : new Customer.CreditLimitDraft(new BigDecimal(limit), "SEK"), null))));
    }

    private void enableCreditChecks(boolean enabled) {
        TenantSettings.Draft d = TenantSettings.DEFAULTS.toDraft();
        TenantSettings settings = ok(TenantSettings.create(new TenantSettings.Draft(d.maxOrderItems(), d.minOrderValue(), d.maxOrderValue(),
                d.autoApproveOrders(), enabled, d.highValueOrderThreshold(), d.largeQuantityOrderThreshold(), d.rushOrderHoursThreshold(),
                d.procurementShortageThreshold(), d.maxDiscountPercentage(), d.procurementLeadTimeDays(), d.safetyStockPercentage(),
                d.demandForecastDays(), d.centralBakeryOrderThreshold(), d.individualBakeryOrderThreshold())));
        ports.transactions().inTransaction(() -> {
            ports.settings().save(ports.settings().find(TENANT).next(settings, clock.instant(), "admin"));
            return null;
        });
    }

    private Order place(CustomerId customer, int quantity, String price) {
        return ok(core.placeOrder().place(new PlaceOrderCommand(operator(TENANT), TENANT, OrderDraft.builder(SEK).customer(customer)
                .line(LineItemDraft.builder().description("Sourdough").quantity(quantity).unitPrice(price).on(DAY).build()).build())));
    }

    private List<StatusEntry> creditEntries(Order order) {
        return ok(core.timeline().timeline(new GetTimelineQuery(admin(TENANT), TENANT, order.id()))).stream()
                .filter(e -> e.code().namespace().equals(CreditCheck.NAMESPACE)).toList();
    }

    private OrderError confirm(Order order) {
        return refused(core.transitionOrder().transition(new TransitionOrderCommand(operator(TENANT), TENANT, order.id(), "CONFIRMED",
                Optional.empty(), false, Optional.empty())));
    }

    // ---- registering, reading, listing, changing

    @Test
    void a_registered_customer_reads_back_with_the_metrics_its_orders_add_up_to() {
        Customer c = register("Bageri Svensson", 30, "50000.00");
        place(c.id(), 10, "45.00");
        clock.advance(Duration.ofMinutes(5));
        Order second = place(c.id(), 2, "100.00");

        CustomerView view = ok(core.getCustomer().get(new GetCustomerQuery(viewer(TENANT), TENANT, c.id())));

        assertThat(view.customer()).isEqualTo(c);
        assertThat(view.metrics().orderCount()).isEqualTo(2);
        assertThat(view.metrics().totalSpent()).containsExactly(Money.of("650.00", "SEK"));
        assertThat(view.metrics().lastOrderAt()).contains(second.createdAt());
    }

    @Test
    void R36_only_operators_register_and_change_customers_and_R35_another_tenant_sees_none() {
        OrderError byViewer = refused(core.createCustomer().create(new CreateCustomerCommand(viewer(TENANT), TENANT,
                new Customer.Draft("Anna", BusinessType.INDIVIDUAL, null, null, null, null))));
        Customer c = register("Anna", null, null);

        assertThat(byViewer).isInstanceOf(OrderError.Forbidden.class);
        assertThat(refused(core.updateCustomer().update(new UpdateCustomerCommand(viewer(TENANT), TENANT, c.id(),
                Customer.Patch.NOTHING.withName(Edit.set("Anna B")), Optional.empty())))).isInstanceOf(OrderError.Forbidden.class);
        assertThat(refused(core.getCustomer().get(new GetCustomerQuery(admin(OTHER_TENANT), OTHER_TENANT, c.id()))))
                .isEqualTo(new OrderError.NotFound(EntityType.CUSTOMER, c.id().toString()));
    }

    @Test
    void a_patch_from_a_stale_version_is_refused_and_one_from_the_current_version_applies() {
        Customer c = register("Anna", null, null);
        Customer renamed = ok(core.updateCustomer().update(new UpdateCustomerCommand(operator(TENANT), TENANT, c.id(),
                Customer.Patch.NOTHING.withName(Edit.set("Anna Berg")), Optional.of(c.version()))));

        OrderError stale = refused(core.updateCustomer().update(new UpdateCustomerCommand(operator(TENANT), TENANT, c.id(),
                Customer.Patch.NOTHING.withPaymentTermsDays(Edit.set(10)), Optional.of(c.version()))));

        assertThat(renamed.version()).isEqualTo(2);
        assertThat(stale).isInstanceOf(OrderError.StaleVersion.class);
        assertThat(ok(core.getCustomer().get(new GetCustomerQuery(viewer(TENANT), TENANT, c.id()))).customer()).isEqualTo(renamed);
    }

    @Test
    void customers_are_listed_a_page_at_a_time_with_filters() {
        Customer a = register("Bageri Svensson", null, null);
        Customer b = register("Café Blom", null, null);
        Customer c = register("Bageri Norr", null, null);

        Page<Customer> first = ok(core.listCustomers().list(new ListCustomersQuery(viewer(TENANT), TENANT, CustomerFilter.ALL, 2,
                Optional.empty())));
        Page<Customer> second = ok(core.listCustomers().list(new ListCustomersQuery(viewer(TENANT), TENANT, CustomerFilter.ALL, 2,
                first.nextCursor())));
        Page<Customer> bakeries = ok(core.listCustomers().list(new ListCustomersQuery(viewer(TENANT), TENANT,
                CustomerFilter.ALL.withNameContaining("BAGERI"), 50, Optional.empty())));

        assertThat(first.items()).containsExactly(a, b);
        assertThat(second.items()).containsExactly(c);
        assertThat(second.nextCursor()).isEmpty();
        assertThat(bakeries.items()).containsExactly(a, c);
        assertThat(refused(core.listCustomers().list(new ListCustomersQuery(viewer(TENANT), TENANT, CustomerFilter.ALL, 0,
                Optional.empty())))).isInstanceOf(OrderError.ValidationFailed.class);
        assertThat(refused(core.listCustomers().list(new ListCustomersQuery(viewer(TENANT), TENANT, CustomerFilter.ALL, 10,
                Optional.of("not-a-cursor"))))).isInstanceOf(OrderError.ValidationFailed.class);
    }

    @Test
    void the_customer_list_checks_the_name_filter_1_to_200_characters_storable_and_a_non_empty_creation_range() {
        Customer a = register("Bageri Svensson", null, null);
        Customer b = register("Café Blom", null, null);
        Instant t = clock.instant();

        Page<Customer> exactlyTwo = ok(core.listCustomers().list(new ListCustomersQuery(viewer(TENANT), TENANT, CustomerFilter.ALL, 2,
                Optional.empty())));
        assertThat(exactlyTwo.items()).containsExactly(a, b);
        assertThat(exactlyTwo.nextCursor()).as("a page holding exactly the last customers has no next page").isEmpty();
        assertThat(ok(core.listCustomers().list(new ListCustomersQuery(viewer(TENANT), TENANT,
                CustomerFilter.ALL.withNameContaining("x".repeat(Customer.MAX_NAME)), 10, Optional.empty()))).items()).isEmpty();
        assertThat(ok(core.listCustomers().list(new ListCustomersQuery(viewer(TENANT), TENANT,
                CustomerFilter.ALL.createdBetween(t, t.plusMillis(1)), 10, Optional.empty()))).items()).containsExactly(a, b);

        assertThat(listViolations(CustomerFilter.ALL.withNameContaining(""))).containsExactly(
                new Violation("name", "invalid_filter", "a name filter is 1-200 characters"));
        assertThat(listViolations(CustomerFilter.ALL.withNameContaining("x".repeat(Customer.MAX_NAME + 1)))).containsExactly(
                new Violation("name", "invalid_filter", "a name filter is 1-200 characters"));
        assertThat(listViolations(CustomerFilter.ALL.withNameContaining("Bag\u0000eri"))).containsExactly(
                new Violation("name", "invalid_character", "name holds the character U+0000, which cannot be stored"));
        assertThat(listViolations(CustomerFilter.ALL.createdBetween(t, t))).containsExactly(new Violation("createdTo", "empty_range",
                "createdTo must be after createdFrom; the range is [createdFrom, createdTo)"));
        assertThat(listViolations(CustomerFilter.ALL.withNameContaining("").createdBetween(t, t))).extracting(Violation::path)
                .containsExactly("name", "createdTo");
    }

    private List<Violation> listViolations(CustomerFilter filter) {
        return ((OrderError.ValidationFailed) refused(core.listCustomers().list(new ListCustomersQuery(viewer(TENANT), TENANT, filter, 10,
                Optional.empty())))).violations();
    }

    // ---- payment terms

    @Test
    void a_line_billed_to_its_customer_without_terms_takes_the_customers_payment_terms() {
        Customer c = register("Bageri Svensson", 45, null);
        BillingDraft noTerms = new BillingDraft(Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(Payer.CUSTOMER),
                Optional.empty());

        Order order = ok(core.placeOrder().place(new PlaceOrderCommand(operator(TENANT), TENANT, OrderDraft.builder(SEK).customer(c.id())
                .line(LineItemDraft.builder().description("Bread").unitPrice("10.00").on(DAY).billing(noTerms).build())
                .line(LineItemDraft.builder().description("Cake").unitPrice("10.00").on(DAY).billing(BillingDraft.once(7, Payer.CUSTOMER)).build())
                .build())));

        assertThat(order.lineItems()).extracting(l -> l.billing().orElseThrow().termsDays()).containsExactly(45, 7);
    }

    // ---- the credit check (R15)

    @Test
    void R15_an_order_that_takes_a_customer_over_the_credit_limit_is_held_by_a_blocking_credit_entry() {
        enableCreditChecks(true);
        Customer c = register("Café Blom", null, "1000.00");
        Order within = place(c.id(), 10, "60.00"); // exposure 600.00

        Order over = place(c.id(), 10, "50.00"); // exposure 1100.00

        assertThat(creditEntries(within)).isEmpty();
        assertThat(within.isBlocked()).isFalse();
        StatusEntry entry = creditEntries(over).get(0);
        assertThat(creditEntries(over)).hasSize(1);
        assertThat(entry.code()).isEqualTo(CreditCheck.LIMIT_EXCEEDED);
        assertThat(entry.severity()).isEqualTo(Severity.BLOCKING);
        assertThat(entry.payload().get("limit")).contains(new JsonString("1000.00"));
        assertThat(entry.payload().get("exposure")).contains(new JsonString("1100.00"));
        assertThat(entry.payload().get("customerId")).contains(new JsonString(c.id().toString()));
        assertThat(over.isBlocked()).isTrue();
        assertThat(ports.orders().find(TENANT, over.id())).contains(over);
        assertThat(confirm(over)).isInstanceOf(OrderError.TransitionBlocked.class);

        ok(core.closeStatusEntry().close(new CloseStatusEntryCommand(module(TENANT, "credit"), TENANT, over.id(), entry.id(),
                Optional.of("approved by finance"), Optional.empty())));
        ok(core.transitionOrder().transition(new TransitionOrderCommand(operator(TENANT), TENANT, over.id(), "CONFIRMED",
                Optional.empty(), false, Optional.empty())));
    }

    @Test
    void R15_a_blocked_order_can_still_be_cancelled_and_cancelled_orders_no_longer_count_against_the_limit() {
        enableCreditChecks(true);
        Customer c = register("Café Blom", null, "1000.00");
        Order over = place(c.id(), 30, "50.00"); // 1500.00 alone

        ok(core.transitionOrder().transition(new TransitionOrderCommand(operator(TENANT), TENANT, over.id(), "CANCELLED",
                Optional.of("too much"), false, Optional.empty())));
        Order next = place(c.id(), 10, "50.00");

        assertThat(creditEntries(over)).hasSize(1);
        assertThat(creditEntries(next)).isEmpty();
    }

    @Test
    void R15_no_credit_entry_when_credit_checks_are_disabled_or_the_customer_has_no_limit_or_is_unregistered() {
        Customer limited = register("Café Blom", null, "100.00");
        Customer unlimited = register("Bageri Norr", null, null);
        Order disabled = place(limited.id(), 10, "50.00");
        enableCreditChecks(true);

        Order noLimit = place(unlimited.id(), 100, "50.00");
        Order unregistered = place(CustomerId.of("0190f7a4-5c1e-7c3a-9f00-0000000000aa"), 100, "50.00");

        assertThat(List.of(disabled, noLimit, unregistered)).allSatisfy(o -> {
            assertThat(creditEntries(o)).isEmpty();
            assertThat(o.isBlocked()).isFalse();
        });
    }

    @Test
    void R15_an_adjustment_that_adds_lines_over_the_limit_holds_the_order() {
        enableCreditChecks(true);
        Customer c = register("Café Blom", null, "1000.00");
        Order order = place(c.id(), 10, "50.00");

        Order adjusted = ok(core.adjustOrder().adjust(new AdjustOrderCommand(operator(TENANT), TENANT, order.id(),
                List.of(LineItemDraft.builder().description("Wedding cake").unitPrice("900.00").on(DAY).build()), List.of(),
                "customer called", Optional.of(order.version()))));

        assertThat(adjusted.isBlocked()).isTrue();
        assertThat(creditEntries(adjusted)).singleElement()
                .satisfies(e -> assertThat(e.payload().get("exposure")).contains(new JsonString("1400.00")));
        assertThat(adjusted.lineItems()).extracting(LineItem::customer).containsOnly(Optional.of(c.id()));
    }

    @Test
    void a_change_is_stored_and_commits_customer_updated_and_a_patch_that_changes_nothing_stores_and_commits_nothing() {
        Customer c = register("Anna", null, null);
        clock.advance(Duration.ofMinutes(5));
        Customer.Change expected = ok(c.update(Customer.Patch.NOTHING.withName(Edit.set("Anna Berg")), clock.instant()));
        int before = committedEvents().size();

        Customer renamed = ok(core.updateCustomer().update(new UpdateCustomerCommand(operator(TENANT), TENANT, c.id(),
                Customer.Patch.NOTHING.withName(Edit.set("Anna Berg")), Optional.empty())));
        clock.advance(Duration.ofMinutes(5));
        Customer same = ok(core.updateCustomer().update(new UpdateCustomerCommand(operator(TENANT), TENANT, c.id(),
                Customer.Patch.NOTHING.withName(Edit.set("Anna Berg")), Optional.of(renamed.version()))));

        assertThat(renamed).isEqualTo(expected.after());
        assertThat(same).isEqualTo(renamed);
        assertThat(ok(core.getCustomer().get(new GetCustomerQuery(viewer(TENANT), TENANT, c.id()))).customer()).isEqualTo(renamed);
        assertThat(committedSince(before)).containsExactly(Committed.of(expected.events().get(0)));
    }

    @Test
    void R35_updating_an_unknown_customer_or_another_tenants_is_not_found() {
        Customer c = register("Anna", null, null);
        CustomerId nobody = CustomerId.of(UUID.randomUUID().toString());
        int before = committedEvents().size();

        assertThat(refused(core.updateCustomer().update(new UpdateCustomerCommand(operator(TENANT), TENANT, nobody,
                Customer.Patch.NOTHING.withName(Edit.set("Anna Berg")), Optional.empty()))))
                .isEqualTo(new OrderError.NotFound(EntityType.CUSTOMER, nobody.toString()));
        assertThat(refused(core.updateCustomer().update(new UpdateCustomerCommand(operator(OTHER_TENANT), OTHER_TENANT, c.id(),
                Customer.Patch.NOTHING.withName(Edit.set("Anna Berg")), Optional.empty()))))
                .isEqualTo(new OrderError.NotFound(EntityType.CUSTOMER, c.id().toString()));
        assertThat(ok(core.getCustomer().get(new GetCustomerQuery(viewer(TENANT), TENANT, c.id()))).customer()).isEqualTo(c);
        assertThat(committedSince(before)).isEmpty();
    }

    private static LineItemDraft line(CustomerId customer, String price) {
        return LineItemDraft.builder().customer(customer).description("Sourdough").quantity(1).unitPrice(price).on(DAY).build();
    }

    private static JsonObject overLimit(Customer customer, String limit, String exposure, String over) {
        return JsonObject.builder().put("customerId", customer.id().toString()).put("currency", "SEK").put("limit", limit)
                .put("exposure", exposure).put("over", over).build();
    }

    @Test
    void R15_a_cancelled_line_counts_neither_in_the_exposure_nor_as_a_reason_to_check_its_customer_on_its_order() {
        enableCreditChecks(true);
        Customer limited = register("Café Blom", null, "1000.00");
        Customer unlimited = register("Bageri Norr", null, null);
        Order shared = ok(core.placeOrder().place(new PlaceOrderCommand(operator(TENANT), TENANT, OrderDraft.builder(SEK)
                .line(line(limited.id(), "100.00")).line(line(unlimited.id(), "10.00")).build())));
        ok(core.transitionLineItem().transition(new TransitionLineItemCommand(operator(TENANT), TENANT, shared.id(),
                shared.lineItems().get(0).id(), "CANCELLED", Optional.of("not needed"), false, Optional.empty())));

        Order over = place(limited.id(), 22, "50.00"); // 1100.00; the cancelled 100.00 does not count
        Order adjusted = ok(core.adjustOrder().adjust(new AdjustOrderCommand(operator(TENANT), TENANT, shared.id(),
                List.of(line(unlimited.id(), "10.00")), List.of(), "more bread", Optional.empty())));

        assertThat(creditEntries(over)).extracting(StatusEntry::payload)
                .containsExactly(overLimit(limited, "1000.00", "1100.00", "100.00"));
        assertThat(creditEntries(adjusted)).isEmpty();
        assertThat(adjusted.isBlocked()).isFalse();
    }

    @Test
    void R15_every_customer_an_order_takes_over_the_limit_gets_an_entry_and_an_order_only_for_vendors_is_not_checked() {
        enableCreditChecks(true);
        Customer first = register("Café Blom", null, "100.00");
        Customer second = register("Bageri Norr", null, "200.00");

        Order both = ok(core.placeOrder().place(new PlaceOrderCommand(operator(TENANT), TENANT, OrderDraft.builder(SEK)
                .line(line(second.id(), "250.00")).line(line(first.id(), "150.00")).build())));
        Order vendorsOnly = ok(core.placeOrder().place(new PlaceOrderCommand(operator(TENANT), TENANT, OrderDraft.builder(SEK)
                .vendor(VendorId.of("0190f7a4-5c1e-7c3a-9f00-0000000000bb"))
                .line(LineItemDraft.builder().description("Flour").quantity(1).unitPrice("5000.00").on(DAY).build()).build())));

        assertThat(creditEntries(both)).extracting(StatusEntry::payload).containsExactlyInAnyOrder(
                overLimit(first, "100.00", "150.00", "50.00"), overLimit(second, "200.00", "250.00", "50.00"));
        assertThat(both.isBlocked()).isTrue();
        assertThat(ports.orders().find(TENANT, both.id())).contains(both);
        assertThat(ports.orders().find(TENANT, vendorsOnly.id())).contains(vendorsOnly);
        assertThat(creditEntries(vendorsOnly)).isEmpty();
        assertThat(vendorsOnly.isBlocked()).isFalse();
    }
}
