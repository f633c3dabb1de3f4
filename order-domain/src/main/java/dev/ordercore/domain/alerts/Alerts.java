package dev.ordercore.domain.alerts;

import dev.ordercore.domain.json.JsonArray;
import dev.ordercore.domain.json.JsonObject;
import dev.ordercore.domain.json.JsonString;
import dev.ordercore.domain.json.JsonValue;
import dev.ordercore.domain.lifecycle.Lifecycle;
import dev.ordercore.domain.order.LifecycleSet;
import dev.ordercore.domain.order.LineItem;
import dev.ordercore.domain.order.LineItemKind;
import dev.ordercore.domain.order.NewStatusEntry;
import dev.ordercore.domain.order.Order;
import dev.ordercore.domain.order.OrderChange;
import dev.ordercore.domain.order.OrderDelivery;
import dev.ordercore.domain.order.OrderEvents;
import dev.ordercore.domain.order.OrderId;
import dev.ordercore.domain.order.Severity;
import dev.ordercore.domain.order.StatusCode;
import dev.ordercore.domain.order.StatusEntryId;
import dev.ordercore.domain.settings.TenantSettings;
import dev.ordercore.domain.shared.DomainEvent;
import dev.ordercore.domain.shared.Money;
import dev.ordercore.domain.shared.Uuids;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * R37: what an order asks the people running orders to look at, against the tenant's thresholds
 * (its settings), as WARNING entries in the {@code alerts} namespace. The order core owns that
 * namespace: it writes alerts when an order is placed or adjusted; operators may only close them
 * (acknowledge). Each check is strict: an alert fires only when its threshold is crossed, never
 * at it.
 *
 * <ul>
 *   <li>{@code alerts:high_value}: the order's total (lines not cancelled, rule charges included) is
 *       above {@code highValueOrderThreshold}, in the order's currency;</li>
 *   <li>{@code alerts:large_quantity}: the units ordered (quantities of the lines not cancelled that
 *       are not charges) are more than {@code largeQuantityOrderThreshold} together;</li>
 *   <li>{@code alerts:rush}: a line that is not cancelled and not a charge is due fewer than
 *       {@code rushOrderHoursThreshold} hours after it was added to the order. A line is due at the
 *       start of its first day, or of its first delivery if that is earlier, in the tenant's zone.</li>
 * </ul>
 *
 * Credit problems are not alerts of this namespace: the customers module writes a BLOCKING
 * {@code credit:limit_exceeded} entry, and the alert list shows both namespaces ({@link #LISTED}).
 */
public final class Alerts {

    public static final String NAMESPACE = StatusCode.ALERTS;
    /** The namespaces {@code GET /alerts} lists: the core's alerts and the credit check's entries. */
    public static final Set<String> LISTED = Set.of(NAMESPACE, "credit");
    public static final StatusCode HIGH_VALUE = new StatusCode(NAMESPACE, "high_value");
    public static final StatusCode RUSH = new StatusCode(NAMESPACE, "rush");
    public static final StatusCode LARGE_QUANTITY = new StatusCode(NAMESPACE, "large_quantity");
    /** Who alerts are written by: the order core itself, not the principal whose command raised them. */
    public static final String WRITTEN_BY = "system";
    public static final String CATEGORY = "alert";

    /** One alert an order raises: its code, severity and the facts behind it (the threshold and the actual value). */
    public record Finding(StatusCode code, Severity severity, JsonObject payload) {
        public Finding {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(severity, "severity");
            Objects.requireNonNull(payload, "payload");
            if (!code.namespace().equals(NAMESPACE)) {
                throw new IllegalArgumentException(code + " is not an alert");
            }
        }
    }

    /** One check of R37: the finding it makes of an order, if any. */
    @FunctionalInterface
    interface Check {
        Optional<Finding> of(Order order, TenantSettings settings, LifecycleSet lifecycles, ZoneId zone);
    }

    private static final List<Check> CHECKS = List.of(Alerts::highValue, Alerts::rush, Alerts::largeQuantity);

    private Alerts() {
    }

    /** Every alert the order raises under these settings, in a fixed order: high value, rush, large quantity. */
    public static List<Finding> evaluate(Order order, TenantSettings settings, LifecycleSet lifecycles, ZoneId zone) {
        return CHECKS.stream().flatMap(c -> c.of(order, settings, lifecycles, zone).stream()).toList();
    }

    /**
     * {@code change} with the alerts its order raises appended: one WARNING entry (and its
     * {@code StatusEntryAppended} event) per finding whose code is not already {@code open} on the
     * order, so an adjustment does not repeat an alert nobody has closed yet. The order itself
     * does not change: a WARNING blocks nothing.
     */
    public static OrderChange raise(OrderChange change, TenantSettings settings, LifecycleSet lifecycles, ZoneId zone,
                                    Set<StatusCode> open, Supplier<StatusEntryId> ids, Instant now) {
        Order order = change.order();
        List<NewStatusEntry> entries = new ArrayList<>(change.entries());
        List<DomainEvent> events = new ArrayList<>(change.events());
        for (Finding f : evaluate(order, settings, lifecycles, zone)) {
            if (open.contains(f.code())) {
                continue;
            }
            NewStatusEntry entry = new NewStatusEntry(ids.get(), order.tenant(), order.id(), Optional.empty(), f.code(),
                    Optional.of(CATEGORY), f.severity(), f.payload(), now, WRITTEN_BY, Optional.empty(), Optional.empty());
            entries.add(entry);
            events.add(new OrderEvents.StatusEntryAppended(order.tenant(), order.id(), entry.id(), Optional.empty(), entry.code(),
                    entry.severity(), Optional.empty(), entry.payload(), now, WRITTEN_BY, now));
        }
        return entries.size() == change.entries().size() ? change : new OrderChange(order, entries, events);
    }

    /**
     * Entry ids for the alerts of an intent-born order, derived from the order id so a replay
     * rebuilds the same entries (R24); numbered apart from the ids its placement derives.
     */
    public static Supplier<StatusEntryId> derivedIds(OrderId order) {
        AtomicInteger n = new AtomicInteger();
        return () -> new StatusEntryId(Uuids.nameBased("alert", order.toString(), Integer.toString(n.incrementAndGet())));
    }

    // ---- the checks

    static Optional<Finding> highValue(Order order, TenantSettings settings, LifecycleSet lifecycles, ZoneId zone) {
        Money total = order.total(lifecycles);
        if (total.amount().compareTo(settings.highValueOrderThreshold()) <= 0) {
            return Optional.empty();
        }
        return Optional.of(new Finding(HIGH_VALUE, Severity.WARNING, JsonObject.builder()
                .put("threshold", settings.highValueOrderThreshold().toPlainString())
                .put("actual", total.amount().toPlainString())
                .put("currency", order.currency().getCurrencyCode())
                .build()));
    }

    static Optional<Finding> largeQuantity(Order order, TenantSettings settings, LifecycleSet lifecycles, ZoneId zone) {
        long units = goods(order, lifecycles).mapToLong(LineItem::quantity).sum();
        if (units <= settings.largeQuantityOrderThreshold()) {
            return Optional.empty();
        }
        return Optional.of(new Finding(LARGE_QUANTITY, Severity.WARNING, JsonObject.builder()
                .put("threshold", settings.largeQuantityOrderThreshold())
                .put("actual", units)
                .build()));
    }

    static Optional<Finding> rush(Order order, TenantSettings settings, LifecycleSet lifecycles, ZoneId zone) {
        Duration threshold = Duration.ofHours(settings.rushOrderHoursThreshold());
        List<LineItem> rushed = goods(order, lifecycles)
                .filter(l -> leadTime(l, zone).compareTo(threshold) < 0)
                .sorted(Comparator.comparing((LineItem l) -> leadTime(l, zone)).thenComparing(l -> l.id().value()))
                .toList();
        if (rushed.isEmpty()) {
            return Optional.empty();
        }
        LineItem first = rushed.get(0);
        return Optional.of(new Finding(RUSH, Severity.WARNING, JsonObject.builder()
                .put("threshold", settings.rushOrderHoursThreshold())
                .put("actual", Math.floorDiv(leadTime(first, zone).toMinutes(), 60))
                .put("due", due(first).toString())
                .put("lineItems", new JsonArray(rushed.stream().<JsonValue>map(l -> new JsonString(l.id().toString())).toList()))
                .build()));
    }

    /** From when a line was added to when it is due: the start of its first day or first delivery, in the tenant's zone. */
    public static Duration leadTime(LineItem line, ZoneId zone) {
        return Duration.between(line.addedAt(), due(line).atStartOfDay(zone).toInstant());
    }

    /** The first day a line needs its goods: its own first day, or its first delivery if that is earlier. */
    public static LocalDate due(LineItem line) {
        return Stream.concat(Stream.of(line.dates().start()), line.deliveries().stream().map(OrderDelivery::date))
                .min(Comparator.naturalOrder())
                .orElseThrow();
    }

    /** The lines that are goods someone ordered: not cancelled, not charges. */
    private static Stream<LineItem> goods(Order order, LifecycleSet lifecycles) {
        return order.lineItems().stream().filter(l -> l.kind() != LineItemKind.CHARGE).filter(l -> {
            Lifecycle lifecycle = lifecycles.named(l.lifecycle());
            return !lifecycle.isCancelled(l.status());
        });
    }
}
