package dev.ordercore.application.usecases;

import dev.ordercore.application.fixtures.Intents;
import dev.ordercore.application.fixtures.OrderFixtures;
import dev.ordercore.application.fixtures.Principals;
import dev.ordercore.application.port.in.AdjustOrderCommand;
import dev.ordercore.application.port.in.CloseStatusEntryCommand;
import dev.ordercore.application.port.in.GetSettingsQuery;
import dev.ordercore.application.port.in.IntentReceipt;
import dev.ordercore.application.port.in.ListAlertsQuery;
import dev.ordercore.application.port.in.PlaceOrderCommand;
import dev.ordercore.application.port.in.SubmitIntentCommand;
import dev.ordercore.application.port.in.UpdateSettingsCommand;
import dev.ordercore.application.port.out.FoundEntry;
import dev.ordercore.application.port.out.Page;
import dev.ordercore.domain.access.Principal;
import dev.ordercore.domain.alerts.Alerts;
import dev.ordercore.domain.json.JsonValue;
import dev.ordercore.domain.order.LineItemDraft;
import dev.ordercore.domain.order.Order;
import dev.ordercore.domain.order.OrderDraft;
import dev.ordercore.domain.order.OrderId;
import dev.ordercore.domain.order.Severity;
import dev.ordercore.domain.order.StatusCode;
import dev.ordercore.domain.order.StatusEntry;
import dev.ordercore.domain.settings.AutoApproval;
import dev.ordercore.domain.settings.SettingsEvents;
import dev.ordercore.domain.settings.StoredSettings;
import dev.ordercore.domain.settings.TenantSettings;
import dev.ordercore.domain.shared.DomainEvent;
import dev.ordercore.domain.shared.EntityType;
import dev.ordercore.domain.shared.OrderError;
import dev.ordercore.domain.shared.Result;
import dev.ordercore.domain.shared.Violation;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

import static dev.ordercore.application.fixtures.OrderFixtures.FEB_1;
import static dev.ordercore.application.fixtures.OrderFixtures.RESTAURANT;
import static dev.ordercore.application.fixtures.OrderFixtures.SEK;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Seed 002's settings through the use cases: read and replaced by admins (versioned, every
 * violation at once, an outbox event), and used where orders are placed, taken from intents and
 * adjusted (limits, auto-approval); and the alerts they drive (R37), listed across orders.
 */
public abstract class SettingsAndAlertsScenarios extends CoreScenarios {

    // ---- settings

    private Result<StoredSettings, OrderError> update(Principal who, UnaryOperator<TenantSettings.Draft> change, Optional<Long> version) {
        return core.updateSettings().update(new UpdateSettingsCommand(who, TENANT, change.apply(TenantSettings.DEFAULTS.toDraft()), version));
    }

    private StoredSettings set(UnaryOperator<TenantSettings.Draft> change) {
        return ok(update(Principals.admin(TENANT), change, Optional.empty()));
    }

    private static UnaryOperator<TenantSettings.Draft> maxItems(int max) {
        return d -> new TenantSettings.Draft(max, d.minOrderValue(), d.maxOrderValue(), d.autoApproveOrders(), d.creditCheckEnabled(),
                d.highValueOrderThreshold(), d.largeQuantityOrderThreshold(), d.rushOrderHoursThreshold(), d.procurementShortageThreshold(),
                d.maxDiscountPercentage(), d.procurementLeadTimeDays(), d.safetyStockPercentage(), d.demandForecastDays(),
                d.centralBakeryOrderThreshold(), d.individualBakeryOrderThreshold());
    }

    private static UnaryOperator<TenantSettings.Draft> values(String min, String max) {
        return d -> new TenantSettings.Draft(d.maxOrderItems(), new BigDecimal(min), new BigDecimal(max), d.autoApproveOrders(),
                d.creditCheckEnabled(), d.highValueOrderThreshold(), d.largeQuantityOrderThreshold(), d.rushOrderHoursThreshold(),
                d.procurementShortageThreshold(), d.maxDiscountPercentage(), d.procurementLeadTimeDays(), d.safetyStockPercentage(),
                d.demandForecastDays(), d.centralBakeryOrderThreshold(), d.individualBakeryOrderThreshold());
    }

    private static UnaryOperator<TenantSettings.Draft> autoApprove() {
        return d -> new TenantSettings.Draft(d.maxOrderItems(), d.minOrderValue(), d.maxOrderValue(), true, d.creditCheckEnabled(),
                d.highValueOrderThreshold(), d.largeQuantityOrderThreshold(), d.rushOrderHoursThreshold(), d.procurementShortageThreshold(),
                d.maxDiscountPercentage(), d.procurementLeadTimeDays(), d.safetyStockPercentage(), d.demandForecastDays(),
                d.centralBakeryOrderThreshold(), d.individualBakeryOrderThreshold());
    }

    private static UnaryOperator<TenantSettings.Draft> alertThresholds(String highValue, int largeQuantity, int rushHours) {
        return d -> new TenantSettings.Draft(d.maxOrderItems(), d.minOrderValue(), d.maxOrderValue(), d.autoApproveOrders(),
                d.creditCheckEnabled(), new BigDecimal(highValue), largeQuantity, rushHours, d.procurementShortageThreshold(),
                d.maxDiscountPercentage(), d.procurementLeadTimeDays(), d.safetyStockPercentage(), d.demandForecastDays(),
                d.centralBakeryOrderThreshold(), d.individualBakeryOrderThreshold());
    }

    @Test
    void a_tenant_that_never_stored_settings_reads_seed_002s_defaults_at_version_0() {
        StoredSettings read = ok(core.getSettings().get(new GetSettingsQuery(Principals.viewer(TENANT), TENANT)));

        assertThat(read.settings()).isEqualTo(TenantSettings.DEFAULTS);
        assertThat(read.version()).isZero();
    }

    @Test
    void an_admin_replaces_the_settings_at_the_version_read_and_the_change_is_an_outbox_event_not_an_order_entry() {
        StoredSettings stored = ok(update(Principals.admin(TENANT), maxItems(10), Optional.of(0L)));

        assertThat(stored.version()).isEqualTo(1);
        assertThat(stored.settings().maxOrderItems()).isEqualTo(10);
        assertThat(stored.updatedBy()).isEqualTo(Principals.admin(TENANT).subject());
        assertThat(ok(core.getSettings().get(new GetSettingsQuery(Principals.viewer(TENANT), TENANT)))).isEqualTo(stored);
        assertThat(committedEvents()).filteredOn(e -> e.type().equals("SettingsChanged")).singleElement()
                .satisfies(e -> assertThat(e.payload().get("version").orElseThrow().canonical()).isEqualTo("1"));
        assertThat(ok(core.getSettings().get(new GetSettingsQuery(Principals.viewer(OTHER_TENANT), OTHER_TENANT))).version())
                .as("another tenant's settings").isZero();
    }

    @Test
    void a_stale_version_is_refused_and_the_same_settings_again_make_no_new_version() {
        set(maxItems(10));

        assertThat(refused(update(Principals.admin(TENANT), maxItems(20), Optional.of(0L)))).isInstanceOf(OrderError.StaleVersion.class);
        StoredSettings again = ok(update(Principals.admin(TENANT), maxItems(10), Optional.of(1L)));
        assertThat(again.version()).isEqualTo(1);
        assertThat(committedEvents()).filteredOn(e -> e.type().equals("SettingsChanged")).hasSize(1);
    }

    @Test
    void R36_only_admins_change_settings() {
        assertThat(refused(update(Principals.operator(TENANT), maxItems(10), Optional.empty()))).isInstanceOf(OrderError.Forbidden.class);
        assertThat(refused(update(Principals.viewer(TENANT), maxItems(10), Optional.empty()))).isInstanceOf(OrderError.Forbidden.class);
        assertThat(refused(update(Principals.admin(OTHER_TENANT), maxItems(10), Optional.empty()))).isInstanceOf(OrderError.NotFound.class);
    }

    @Test
    void settings_out_of_range_are_refused_with_every_violation_and_nothing_stored() {
        OrderError refusal = refused(update(Principals.admin(TENANT), d -> new TenantSettings.Draft(0, new BigDecimal("500"),
                new BigDecimal("100"), null, false, new BigDecimal("-1"), 100, 24, new BigDecimal("90"), new BigDecimal("101"), 3,
                new BigDecimal("20"), 14, 5, 5), Optional.empty()));

        assertThat(((OrderError.ValidationFailed) refusal).violations()).extracting(Violation::path).containsExactlyInAnyOrder(
                "maxOrderItems", "minOrderValue", "autoApproveOrders", "highValueOrderThreshold", "maxDiscountPercentage",
                "individualBakeryOrderThreshold");
        assertThat(ok(core.getSettings().get(new GetSettingsQuery(Principals.viewer(TENANT), TENANT))).version()).isZero();
    }

    // ---- settings used by the rules

    private Result<Order, OrderError> place(OrderDraft draft) {
        return core.placeOrder().place(new PlaceOrderCommand(Principals.operator(TENANT), TENANT, draft));
    }

    private OrderDraft wines(int lines, LocalDate on) {
        OrderDraft.Builder draft = OrderDraft.builder(SEK).customer(RESTAURANT);
        for (int i = 0; i < lines; i++) {
            draft.line(LineItemDraft.builder().product(catalog.chablis()).quantity(12).unitPrice("150.00").on(on).build());
        }
        return draft.build();
    }

    @Test
    void placing_keeps_to_the_tenants_max_order_items_and_order_value_range() {
        set(maxItems(2));
        OrderError tooMany = refused(place(wines(3, FEB_1)));
        assertThat(((OrderError.ValidationFailed) tooMany).violations()).extracting(Violation::code).containsExactly("too_many_lines");

        set(values("2000", "3600"));
        assertThat(((OrderError.ValidationFailed) refused(place(wines(1, FEB_1)))).violations()).extracting(Violation::code)
                .containsExactly("order_value_below_minimum");
        assertThat(((OrderError.ValidationFailed) refused(place(wines(3, FEB_1)))).violations()).extracting(Violation::code)
                .containsExactly("order_value_above_maximum");
        assertThat(ok(place(wines(2, FEB_1))).lineItems()).hasSize(2);
        assertThat(allOrders(TENANT)).hasSize(1);
    }

    @Test
    void seed_002s_default_max_order_value_refuses_an_order_above_100000() {
        OrderDraft big = OrderDraft.builder(SEK).customer(RESTAURANT)
                .line(LineItemDraft.builder().product(catalog.chablis()).quantity(700).unitPrice("150.00").on(FEB_1).build()).build();

        assertThat(((OrderError.ValidationFailed) refused(place(big))).violations()).extracting(Violation::code)
                .containsExactly("order_value_above_maximum");
    }

    @Test
    void R25_an_intent_may_have_no_more_lines_than_the_tenants_max_order_items() {
        set(maxItems(2));
        Principal channel = Principals.module(TENANT, "channel");

        OrderError refusal = refused(core.submitIntent().submit(new SubmitIntentCommand(channel, TENANT,
                Intents.with(Intents.wineIntent(catalog, "shop-9001", 1), "lineItems", Intents.wineLines(catalog, 3)))));
        IntentReceipt accepted = ok(core.submitIntent().submit(new SubmitIntentCommand(channel, TENANT,
                Intents.with(Intents.wineIntent(catalog, "shop-9002", 1), "lineItems", Intents.wineLines(catalog, 2)))));

        assertThat(((OrderError.IntentRefused) refusal).reasons()).extracting(Violation::code).containsExactly("intent.too_many_lines");
        assertThat(accepted.intent().outcome().isAccepted()).isTrue();
    }

    @Test
    void an_intent_whose_order_is_above_the_max_order_value_is_rejected_with_the_reason() {
        set(values("0", "100"));

        IntentReceipt receipt = ok(core.submitIntent().submit(new SubmitIntentCommand(Principals.module(TENANT, "channel"), TENANT,
                Intents.wineIntent(catalog, "shop-9003", 1))));

        assertThat(receipt.intent().outcome().isAccepted()).isFalse();
        assertThat(receipt.intent().outcome().toString()).contains("order_value_above_maximum");
    }

    @Test
    void R15_a_tenant_that_auto_approves_has_new_orders_confirmed_by_the_system_in_the_placing_transaction() {
        set(autoApprove());

        Order order = ok(place(wines(1, FEB_1)));

        assertThat(order.status()).isEqualTo("CONFIRMED");
        assertThat(ports.orders().find(TENANT, order.id())).contains(order);
        List<StatusEntry> history = ports.history().history(TENANT, order.id()).entries();
        assertThat(history).extracting(e -> e.code().toString()).containsExactly("order:submitted", "order:confirmed");
        assertThat(history.get(1).writtenBy()).isEqualTo(AutoApproval.SUBJECT);
        assertThat(history.get(1).payload().get("reason").orElseThrow().canonical()).contains("settings.autoApproveOrders");
    }

    @Test
    void orders_born_from_intents_are_not_auto_approved() {
        set(autoApprove());

        IntentReceipt receipt = ok(core.submitIntent().submit(new SubmitIntentCommand(Principals.module(TENANT, "channel"), TENANT,
                Intents.wineIntent(catalog, "shop-9004", 6))));

        OrderId id = ((dev.ordercore.domain.intent.IntentOutcome.Accepted) receipt.intent().outcome()).orderId();
        assertThat(ports.orders().find(TENANT, id).orElseThrow().status()).isEqualTo("PENDING");
    }

    // ---- alerts (R37)

    private Page<FoundEntry> alerts(UnaryOperator<ListAlertsQuery> filter) {
        ListAlertsQuery all = new ListAlertsQuery(Principals.viewer(TENANT), TENANT, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), 50, Optional.empty());
        return ok(core.listAlerts().list(filter.apply(all)));
    }

    private static List<String> codes(List<StatusEntry> history) {
        return history.stream().map(e -> e.code().toString()).toList();
    }

    @Test
    void R37_placing_an_order_above_the_thresholds_appends_its_alerts_with_the_threshold_and_the_actual_value() {
        set(alertThresholds("3000", 20, 24));
        clock.set(Instant.parse("2026-01-31T09:00:00Z"));

        Order order = ok(place(wines(2, FEB_1)));

        List<StatusEntry> history = ports.history().history(TENANT, order.id()).entries();
        assertThat(codes(history)).containsExactly("order:submitted", "alerts:high_value", "alerts:rush", "alerts:large_quantity");
        StatusEntry highValue = history.get(1);
        assertThat(highValue.severity()).isEqualTo(Severity.WARNING);
        assertThat(highValue.writtenBy()).isEqualTo(Alerts.WRITTEN_BY);
        assertThat(highValue.payload().get("threshold").orElseThrow().canonical()).isEqualTo("\"3000\"");
        assertThat(highValue.payload().get("actual").orElseThrow().canonical()).isEqualTo("\"3600.00\"");
        assertThat(history.get(2).payload().get("actual").orElseThrow().canonical()).isEqualTo("15");
        assertThat(history.get(3).payload().get("actual").orElseThrow().canonical()).isEqualTo("24");
        assertThat(committedEvents()).filteredOn(e -> e.type().equals("StatusEntryAppended") && e.aggregateId().equals(order.id().toString()))
                .hasSize(3);
    }

    @Test
    void R37_an_order_under_every_threshold_raises_no_alert() {
        Order order = ok(place(wines(1, FEB_1)));

        assertThat(codes(ports.history().history(TENANT, order.id()).entries())).containsExactly("order:submitted");
        assertThat(alerts(q -> q).items()).isEmpty();
    }

    @Test
    void R37_an_adjustment_raises_the_alerts_that_newly_fire_and_never_one_that_is_open_already() {
        set(alertThresholds("2000", 30, 24));
        Order order = ok(place(wines(2, FEB_1)));
        assertThat(alerts(q -> q).items()).extracting(f -> f.entry().code()).containsExactly(Alerts.HIGH_VALUE);

        Order adjusted = ok(core.adjustOrder().adjust(new AdjustOrderCommand(Principals.operator(TENANT), TENANT, order.id(),
                wines(1, FEB_1).lineItems(), List.of(), "one more case", Optional.of(order.version()))));

        assertThat(codes(ports.history().history(TENANT, order.id()).entries())).containsExactly(
                "order:submitted", "alerts:high_value", "order:manually_adjusted", "alerts:large_quantity");
    }

    @Test
    void R37_an_alert_an_operator_closed_is_raised_again_by_an_adjustment_that_still_crosses_its_threshold() {
        set(alertThresholds("2000", 100, 24));
        Order order = ok(place(wines(2, FEB_1)));
        StatusEntry alert = alerts(q -> q).items().get(0).entry();
        ok(core.closeStatusEntry().close(new CloseStatusEntryCommand(Principals.operator(TENANT), TENANT, order.id(), alert.id(),
                Optional.of("called the customer"), Optional.empty())));
        assertThat(alerts(q -> q).items()).singleElement().satisfies(f -> assertThat(f.open()).isFalse());

        Order current = ports.orders().find(TENANT, order.id()).orElseThrow();
        ok(core.adjustOrder().adjust(new AdjustOrderCommand(Principals.operator(TENANT), TENANT, order.id(), wines(1, FEB_1).lineItems(),
                List.of(), "one more case", Optional.of(current.version()))));

        assertThat(alerts(q -> q).items()).extracting(FoundEntry::open).containsExactly(true, false);
    }

    @Test
    void R37_the_alert_list_filters_by_code_severity_time_order_and_openness_newest_first_page_by_page() {
        set(alertThresholds("1000", 100, 24));
        Order first = ok(place(wines(1, FEB_1)));
        clock.advance(Duration.ofHours(1));
        Order second = ok(place(wines(1, FEB_1)));
        clock.set(Instant.parse("2026-01-31T12:00:00Z"));
        Order third = ok(place(wines(1, FEB_1)));

        assertThat(alerts(q -> q).items()).extracting(f -> f.entry().order())
                .containsExactly(third.id(), third.id(), second.id(), first.id());
        assertThat(alerts(q -> withCode(q, "alerts:rush")).items()).extracting(f -> f.entry().order()).containsExactly(third.id());
        assertThat(alerts(q -> withOrder(q, second.id())).items()).extracting(f -> f.entry().code()).containsExactly(Alerts.HIGH_VALUE);
        assertThat(alerts(q -> withRange(q, Instant.parse("2026-01-14T09:30:00Z"), Instant.parse("2026-01-31T00:00:00Z"))).items())
                .extracting(f -> f.entry().order()).containsExactly(second.id());
        assertThat(alerts(q -> withSeverity(q, Severity.BLOCKING)).items()).isEmpty();
        assertThat(alerts(q -> withOpen(q, false)).items()).isEmpty();

        Page<FoundEntry> page1 = alerts(q -> withLimit(q, 3, Optional.empty()));
        Page<FoundEntry> page2 = alerts(q -> withLimit(q, 3, page1.nextCursor()));
        assertThat(page1.items()).hasSize(3);
        assertThat(page2.items()).extracting(f -> f.entry().order()).containsExactly(first.id());
        assertThat(page2.nextCursor()).isEmpty();
        assertThat(ok(core.listAlerts().list(new ListAlertsQuery(Principals.viewer(OTHER_TENANT), OTHER_TENANT, Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), 50, Optional.empty()))).items())
                .as("R35 another tenant's alerts").isEmpty();
    }

    @Test
    void the_alert_list_refuses_codes_outside_the_alert_namespaces_empty_ranges_bad_limits_and_cursors_all_at_once() {
        Instant t = Instant.parse("2026-01-14T09:00:00Z");
        OrderError refusal = refused(core.listAlerts().list(new ListAlertsQuery(Principals.viewer(TENANT), TENANT,
                Optional.of("inventory:reserved"), Optional.empty(), Optional.of(t), Optional.of(t), Optional.empty(), Optional.empty(), 0,
                Optional.of("not a cursor"))));

        assertThat(((OrderError.ValidationFailed) refusal).violations()).extracting(Violation::path)
                .containsExactlyInAnyOrder("code", "to", "limit", "cursor");
    }

    @Test
    void R37_the_alert_list_takes_limits_from_1_to_200_and_a_page_of_exactly_the_last_alerts_has_no_next_cursor() {
        set(alertThresholds("1000", 100, 24));
        Order first = ok(place(wines(1, FEB_1)));
        clock.advance(Duration.ofMinutes(1));
        Order second = ok(place(wines(1, FEB_1)));

        Page<FoundEntry> one = alerts(q -> withLimit(q, 1, Optional.empty()));
        Page<FoundEntry> exactlyTwo = alerts(q -> withLimit(q, 2, Optional.empty()));
        assertThat(one.items()).extracting(f -> f.entry().order()).containsExactly(second.id());
        assertThat(one.nextCursor()).isPresent();
        assertThat(exactlyTwo.items()).extracting(f -> f.entry().order()).containsExactly(second.id(), first.id());
        assertThat(exactlyTwo.nextCursor()).isEmpty();
        assertThat(alerts(q -> withLimit(q, 200, Optional.empty())).items()).hasSize(2);

        for (int bad : new int[] {0, 201}) {
            assertThat(alertViolations(q -> withLimit(q, bad, Optional.empty())))
                    .containsExactly(new Violation("limit", "limit_out_of_range", "limit is 1-200, got " + bad));
        }
        assertThat(refused(core.listAlerts().list(new ListAlertsQuery(Principals.viewer(OTHER_TENANT), TENANT, Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), 50, Optional.empty()))))
                .as("R35 a principal of another tenant").isEqualTo(new OrderError.NotFound(EntityType.TENANT, TENANT.toString()));
    }

    @Test
    void R37_a_code_outside_the_alert_namespaces_is_refused_with_the_namespaces_listed_and_a_range_needs_from_before_to() {
        Instant t = Instant.parse("2026-01-14T09:00:00Z");
        String listed = "is not an alert code; alerts are [alerts:*, credit:*], such as alerts:rush";

        assertThat(alertViolations(q -> withCode(q, "inventory:reserved")))
                .containsExactly(new Violation("code", "not_an_alert_code", "'inventory:reserved' " + listed));
        assertThat(alertViolations(q -> withCode(q, "no code at all")))
                .containsExactly(new Violation("code", "not_an_alert_code", "'no code at all' " + listed));
        assertThat(alerts(q -> withCode(q, "credit:limit_exceeded")).items()).isEmpty();
        assertThat(alertViolations(q -> withRange(q, t, t)))
                .containsExactly(new Violation("to", "empty_range", "to must be after from; the range is [from, to)"));
        assertThat(alerts(q -> withRange(q, t, t.plusMillis(1))).items()).isEmpty();
    }

    private List<Violation> alertViolations(UnaryOperator<ListAlertsQuery> filter) {
        ListAlertsQuery all = new ListAlertsQuery(Principals.viewer(TENANT), TENANT, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), 50, Optional.empty());
        return ((OrderError.ValidationFailed) refused(core.listAlerts().list(filter.apply(all)))).violations();
    }

    private static ListAlertsQuery withCode(ListAlertsQuery q, String code) {
        return new ListAlertsQuery(q.principal(), q.tenant(), Optional.of(code), q.severity(), q.from(), q.to(), q.orderId(), q.open(),
                q.limit(), q.cursor());
    }

    private static ListAlertsQuery withSeverity(ListAlertsQuery q, Severity severity) {
        return new ListAlertsQuery(q.principal(), q.tenant(), q.code(), Optional.of(severity), q.from(), q.to(), q.orderId(), q.open(),
                q.limit(), q.cursor());
    }

    private static ListAlertsQuery withRange(ListAlertsQuery q, Instant from, Instant to) {
        return new ListAlertsQuery(q.principal(), q.tenant(), q.code(), q.severity(), Optional.of(from), Optional.of(to), q.orderId(), q.open(),
                q.limit(), q.cursor());
    }

    private static ListAlertsQuery withOrder(ListAlertsQuery q, OrderId order) {
        return new ListAlertsQuery(q.principal(), q.tenant(), q.code(), q.severity(), q.from(), q.to(), Optional.of(order), q.open(),
                q.limit(), q.cursor());
    }

    private static ListAlertsQuery withOpen(ListAlertsQuery q, boolean open) {
        return new ListAlertsQuery(q.principal(), q.tenant(), q.code(), q.severity(), q.from(), q.to(), q.orderId(), Optional.of(open),
                q.limit(), q.cursor());
    }

    private static ListAlertsQuery withLimit(ListAlertsQuery q, int limit, Optional<String> cursor) {
        return new ListAlertsQuery(q.principal(), q.tenant(), q.code(), q.severity(), q.from(), q.to(), q.orderId(), q.open(), limit, cursor);
    }
}
