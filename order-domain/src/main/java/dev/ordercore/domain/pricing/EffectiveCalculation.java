package dev.ordercore.domain.pricing;

import dev.ordercore.domain.catalog.CategoryId;
import dev.ordercore.domain.catalog.KlassId;
import dev.ordercore.domain.order.LifecycleSet;
import dev.ordercore.domain.order.Order;
import dev.ordercore.domain.shared.OrderError;
import dev.ordercore.domain.shared.Result;
import dev.ordercore.domain.shared.RoundingPolicy;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The calculation that stands for an order (R31, seed 001's {@code calculation_method}): the
 * manual one while it still stands for the order ({@link CalculationOverride#standsFor}), otherwise
 * the worked-out one, which then names the manual calculation it superseded, if any. A manual
 * calculation stands even when the order cannot be worked out automatically (that is what it is
 * for: an alcohol line without an excise rate, say).
 */
public record EffectiveCalculation(Method method, OrderCalculation calculation, Optional<CalculationOverride> manual,
                                   Optional<CalculationOverride> superseded) {

    public enum Method { AUTO, MANUAL }

    public EffectiveCalculation {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(calculation, "calculation");
        Objects.requireNonNull(manual, "manual");
        Objects.requireNonNull(superseded, "superseded");
        if ((method == Method.MANUAL) != manual.isPresent()) {
            throw new IllegalArgumentException("a MANUAL calculation, and only one, has its manual statement");
        }
        if (method == Method.MANUAL && (superseded.isPresent() || !manual.get().calculation().equals(calculation))) {
            throw new IllegalArgumentException("a MANUAL calculation is its manual statement and supersedes nothing");
        }
    }

    public static EffectiveCalculation manual(CalculationOverride override) {
        return new EffectiveCalculation(Method.MANUAL, override.calculation(), Optional.of(override), Optional.empty());
    }

    /** The calculation that stands for {@code order}, given the manual one stored for it, if any. */
    public static Result<EffectiveCalculation, OrderError> of(Order order, LifecycleSet lifecycles, TaxPolicy tax, RoundingPolicy rounding,
                                                             Map<KlassId, CategoryId> categories, Optional<CalculationOverride> stored) {
        if (stored.isPresent() && stored.get().standsFor(order, lifecycles)) {
            return Result.ok(manual(stored.get()));
        }
        return OrderCalculation.of(order, lifecycles, tax, rounding, categories)
                .map(auto -> new EffectiveCalculation(Method.AUTO, auto, Optional.empty(), stored));
    }
}
