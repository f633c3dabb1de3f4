package dev.ordercore.domain.planning;

import dev.ordercore.domain.catalog.ProductId;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * What to buy of one product for the horizon (R39), worked out by {@link Procurement#plan}:
 * {@code demand} is the horizon's demand, {@code required} the demand with the safety stock
 * ({@code ceil(demand × (1 + safety % / 100))}), {@code available} the stock, and
 * {@code need = max(0, required − available)}. When something is needed, {@code needDate} is the
 * first day on which the requirement so far (with its safety stock) exceeds the stock and
 * {@code orderBy = needDate − lead time}; {@code late} says the order-by date has passed.
 * {@code shortage} says the stock covers less than the tenant's procurement shortage threshold
 * (a percent) of the demand.
 */
public record ProcurementPlan(ProductId product, long demand, long required, long available, long need, Optional<LocalDate> needDate,
                              Optional<LocalDate> orderBy, boolean late, boolean shortage) {

    public ProcurementPlan {
        Objects.requireNonNull(product, "product");
        Objects.requireNonNull(needDate, "needDate");
        Objects.requireNonNull(orderBy, "orderBy");
        if (need < 0 || need != Math.max(0, required - available)) {
            throw new IllegalArgumentException("need is max(0, required - available) (R39), got " + need);
        }
        if ((need > 0) != needDate.isPresent() || needDate.isPresent() != orderBy.isPresent()) {
            throw new IllegalArgumentException("a need has a need date and an order-by date, and only a need has them (R39)");
        }
    }
}
