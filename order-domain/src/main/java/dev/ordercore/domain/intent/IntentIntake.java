package dev.ordercore.domain.intent;

import dev.ordercore.domain.access.Principal;
import dev.ordercore.domain.catalog.CatalogSnapshot;
import dev.ordercore.domain.order.IntentRef;
import dev.ordercore.domain.order.LifecycleSet;
import dev.ordercore.domain.order.Order;
import dev.ordercore.domain.order.OrderChange;
import dev.ordercore.domain.order.OrderDraft;
import dev.ordercore.domain.order.OrderId;
import dev.ordercore.domain.order.OrderIds;
import dev.ordercore.domain.order.OrderLimits;
import dev.ordercore.domain.order.OrderNumber;
import dev.ordercore.domain.shared.OrderError;
import dev.ordercore.domain.shared.Result;
import dev.ordercore.domain.shared.RoundingPolicy;
import dev.ordercore.domain.shared.TenantId;
import dev.ordercore.domain.shared.Violation;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * How an intent becomes an order (seed 004's ingestion pattern, R22-R24). Pure: the application
 * looks things up, calls these, and stores what they answer in one transaction.
 */
public final class IntentIntake {

    private IntentIntake() {
    }

    /**
     * R22 against what is stored under the same key: nothing stored → empty (go on); the same hash
     * → the stored intent (answer its first outcome again, write nothing); another hash → a conflict.
     */
    public static Optional<Result<StoredIntent, OrderError>> againstStored(IntentContract.Admission admission,
                                                                          Optional<StoredIntent> stored) {
        return stored.map(s -> s.payloadHash().equals(admission.payloadHash())
                ? Result.ok(s)
                : Result.err(new OrderError.IntentPayloadConflict(s.key().sourceSystem(), s.key().intentId(),
                        s.payloadHash().hex(), admission.payloadHash().hex())));
    }

    /** The order an intent-born order gets: its id is derived from the intent's identity, so replay rebuilds it (R24). */
    public static OrderId orderId(TenantId tenant, IntentKey key) {
        return OrderId.forIntent(tenant, key.sourceSystem(), key.intentId());
    }

    /**
     * Places the order an intent asks for (R23), with ids derived from the intent (R24). Any
     * violation, including a stated subtotal that differs from the lines' total (reported at
     * {@code expectedTotal}), rejects the intent; the number is drawn only for an accepted one.
     */
    public static Result<OrderChange, List<Violation>> accept(TenantId tenant, OrderIntent intent, CatalogSnapshot catalog,
                                                              RoundingPolicy rounding, LifecycleSet lifecycles,
                                                              Supplier<OrderNumber> number, Principal actor, Instant now) {
        return accept(tenant, intent, catalog, rounding, lifecycles, number, actor, now, OrderLimits.MODEL);
    }

    /** {@link #accept}, keeping to the tenant's limits on orders (its settings): an order out of them rejects the intent. */
    public static Result<OrderChange, List<Violation>> accept(TenantId tenant, OrderIntent intent, CatalogSnapshot catalog,
                                                              RoundingPolicy rounding, LifecycleSet lifecycles,
                                                              Supplier<OrderNumber> number, Principal actor, Instant now,
                                                              OrderLimits limits) {
        OrderId id = orderId(tenant, intent.key());
        OrderDraft draft = intent.totals().flatMap(OrderIntent.Totals::subtotal)
                .map(subtotal -> intent.order().withExpectedTotal(subtotal))
                .orElse(intent.order());
        Result<OrderChange, OrderError> placed = Order.place(new Order.Placement(tenant, id, number, draft, catalog, rounding,
                lifecycles, OrderIds.derivedFrom(id), Optional.of(new IntentRef(intent.key().sourceSystem(), intent.key().intentId())),
                actor, now, limits));
        if (placed.isErr()) {
            return Result.err(reasons(placed.error()));
        }
        return Result.ok(placed.value());
    }

    private static List<Violation> reasons(OrderError error) {
        if (error instanceof OrderError.ValidationFailed failed) {
            return failed.violations().stream()
                    .map(v -> v.path().equals("expectedTotal") ? new Violation("totals.subtotal", v.code(), v.message()) : v)
                    .toList();
        }
        return List.of(new Violation("", error.code(), error.message()));
    }
}
