package dev.ordercore.domain.pricing;

import dev.ordercore.domain.access.Principal;
import dev.ordercore.domain.json.CanonicalJson;
import dev.ordercore.domain.json.JsonArray;
import dev.ordercore.domain.json.JsonObject;
import dev.ordercore.domain.json.JsonValue;
import dev.ordercore.domain.order.LifecycleSet;
import dev.ordercore.domain.order.LineItem;
import dev.ordercore.domain.order.NewStatusEntry;
import dev.ordercore.domain.order.Order;
import dev.ordercore.domain.order.OrderChange;
import dev.ordercore.domain.order.OrderId;
import dev.ordercore.domain.order.Severity;
import dev.ordercore.domain.order.StatusCode;
import dev.ordercore.domain.order.StatusEntryId;
import dev.ordercore.domain.shared.OrderError;
import dev.ordercore.domain.shared.Reason;
import dev.ordercore.domain.shared.Result;
import dev.ordercore.domain.shared.TenantId;
import dev.ordercore.domain.shared.Text;
import dev.ordercore.domain.shared.Violations;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A calculation a person stated for an order (R31, seed 001's MANUAL method), with who, why and
 * when, and the {@link #fingerprint} of the order it was stated for. It wins over the worked-out
 * calculation until the order changes: while the order's fingerprint is the same
 * ({@link EffectiveCalculation}).
 *
 * <p>The fingerprint covers what the calculation of an order depends on that can change: the
 * currency and, for every line, its id, quantity, amount and whether it is cancelled. Lines never
 * change otherwise (their product snapshot, klass, charge and dates are fixed at creation, R9), so
 * adding a line, cancelling one or repricing one supersedes a manual calculation, while moving a
 * line along its lifecycle (CONFIRMED, SHIPPED) does not. The tenant's tax and rounding policy are
 * left out on purpose: a manual calculation is a person's statement about this order, and a change
 * of configuration should not silently drop it.
 */
public record CalculationOverride(TenantId tenant, OrderId order, OrderCalculation calculation, String reason, String by, Instant at,
                                  String fingerprint) {

    private static final Pattern HEX = Pattern.compile("[0-9a-f]{64}");
    /** History entries of manual calculations are in this category, beside the {@code lifecycle} of transitions. */
    public static final String CATEGORY = "calculation";

    public CalculationOverride {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(order, "order");
        Objects.requireNonNull(calculation, "calculation");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(fingerprint, "fingerprint");
        if (reason.isBlank() || reason.length() > Reason.MAX_LENGTH || !Text.storable(reason)) {
            throw new IllegalArgumentException("a manual calculation says why, in 1-" + Reason.MAX_LENGTH + " storable characters");
        }
        if (!HEX.matcher(fingerprint).matches()) {
            throw new IllegalArgumentException("a fingerprint is 64 lowercase hex digits, got '" + fingerprint + "'");
        }
    }

    /** What a manual calculation did: the override to store, and the order's change (next version, history entry, event). */
    public record Overridden(CalculationOverride override, OrderChange change) {
        public Overridden {
            Objects.requireNonNull(override, "override");
            Objects.requireNonNull(change, "change");
        }
    }

    /**
     * States {@code order}'s calculation by hand (R31). Refused with every violation when the
     * calculation is not valid ({@link OrderCalculation#manual}) or the reason is missing; refused
     * for a deleted order, which no longer changes. On success the order moves to its next version,
     * and the history gets an {@code order:manually_adjusted} entry (category {@value #CATEGORY})
     * with the amounts and the reason, as R14 records every manual adjustment.
     */
    public static Result<Overridden, OrderError> create(Order order, LifecycleSet lifecycles, OrderCalculation.ManualDraft draft,
                                                        String reason, Principal actor, StatusEntryId entry, Instant now) {
        if (order.isDeleted()) {
            return Result.err(new OrderError.OrderDeleted(order.id().toString()));
        }
        Violations v = new Violations();
        Optional<OrderCalculation> calculation = OrderCalculation.manual(draft, order.currency(), v);
        String why = reason == null ? "" : reason.strip();
        v.check(why.isEmpty(), "reason", "reason_required", "a manual calculation says why");
        Reason.violation("reason", Optional.of(why)).ifPresent(x -> v.add(x.path(), x.code(), x.message()));
        if (!v.isEmpty()) {
            return v.toResult(null);
        }
        CalculationOverride override = new CalculationOverride(order.tenant(), order.id(), calculation.orElseThrow(), why,
                actor.subject(), now, fingerprint(order, lifecycles));
        JsonObject amounts = CalculationJson.of(override.calculation());
        JsonObject payload = JsonObject.builder().put("calculation", "MANUAL").put("reason", why).put("amounts", amounts).build();
        NewStatusEntry recorded = new NewStatusEntry(entry, order.tenant(), order.id(), Optional.empty(), StatusCode.MANUALLY_ADJUSTED,
                Optional.of(CATEGORY), Severity.INFO, payload, now, actor.subject(), Optional.empty(), Optional.empty());
        OrderChange change = new OrderChange(order.touched(now), List.of(recorded),
                List.of(new CalculationOverridden(order.tenant(), order.id(), amounts, why, actor.subject(), now)));
        return Result.ok(new Overridden(override, change));
    }

    /** Whether this calculation still stands for {@code order}: the order has not changed since it was stated. */
    public boolean standsFor(Order order, LifecycleSet lifecycles) {
        return order.id().equals(this.order) && fingerprint.equals(fingerprint(order, lifecycles));
    }

    /**
     * SHA-256 (lowercase hex) of the canonical JSON of what an order's calculation depends on that
     * can change: the currency and each line's id, quantity, amount and cancelled-or-not, lines in id
     * order, so the order of the lines does not matter.
     */
    public static String fingerprint(Order order, LifecycleSet lifecycles) {
        List<JsonValue> lines = order.lineItems().stream()
                .sorted(Comparator.comparing((LineItem l) -> l.id().value()))
                .<JsonValue>map(l -> JsonObject.builder()
                        .put("id", l.id().toString())
                        .put("quantity", l.quantity())
                        .put("amount", l.amount().amount().toPlainString())
                        .put("cancelled", lifecycles.named(l.lifecycle()).isCancelled(l.status()))
                        .build())
                .toList();
        return CanonicalJson.sha256Hex(JsonObject.builder()
                .put("currency", order.currency().getCurrencyCode())
                .put("lines", new JsonArray(lines))
                .build());
    }
}
