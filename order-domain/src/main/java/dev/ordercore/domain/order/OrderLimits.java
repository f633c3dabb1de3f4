package dev.ordercore.domain.order;

import dev.ordercore.domain.shared.Violations;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * A tenant's limits on one order (seed 002's MAX_ORDER_ITEMS, MIN_ORDER_VALUE and MAX_ORDER_VALUE,
 * from its settings), on top of the model's own {@link Order#MAX_LINES}. Lines count as the request
 * states them: the charges modifier rules add (R33) are the tenant's doing, not the customer's, and
 * do not count. The value is the order's total (the amounts of its lines that are not cancelled,
 * rule charges included) in the order's currency; it may equal either bound.
 *
 * @param source what the limits come from, named in refusals ({@code settings})
 */
public record OrderLimits(int maxLines, Optional<BigDecimal> minValue, Optional<BigDecimal> maxValue, String source) {

    /** No limits but the model's own: where no tenant states any (tests and tools that place orders directly). */
    public static final OrderLimits MODEL = new OrderLimits(Order.MAX_LINES, Optional.empty(), Optional.empty(), "the order model");

    public OrderLimits {
        Objects.requireNonNull(minValue, "minValue");
        Objects.requireNonNull(maxValue, "maxValue");
        Objects.requireNonNull(source, "source");
        if (maxLines < 1 || maxLines > Order.MAX_LINES) {
            throw new IllegalArgumentException("maxLines is 1-" + Order.MAX_LINES + ", got " + maxLines);
        }
        if (minValue.isPresent() && maxValue.isPresent() && minValue.get().compareTo(maxValue.get()) > 0) {
            throw new IllegalArgumentException("minValue " + minValue.get() + " is above maxValue " + maxValue.get());
        }
    }

    /** The limits a tenant's settings state. */
    public static OrderLimits of(int maxOrderItems, BigDecimal minOrderValue, BigDecimal maxOrderValue) {
        return new OrderLimits(maxOrderItems, Optional.of(minOrderValue), Optional.of(maxOrderValue), "settings");
    }

    /** An order of {@code lines} requested lines; reported at {@code path} as {@code too_many_lines}. */
    void checkLines(Violations v, String path, int lines) {
        if (lines > maxLines) {
            v.add(path, "too_many_lines", "an order has at most " + maxLines + " lines (" + setting("maxOrderItems") + "), got " + lines);
        }
    }

    /** An order whose total is {@code total}; reported at {@code path}. */
    void checkValue(Violations v, String path, BigDecimal total) {
        minValue.filter(min -> total.compareTo(min) < 0).ifPresent(min -> v.add(path, "order_value_below_minimum",
                "the order's total " + total.toPlainString() + " is below the minimum order value " + min.toPlainString()
                        + " (" + setting("minOrderValue") + ")"));
        maxValue.filter(max -> total.compareTo(max) > 0).ifPresent(max -> v.add(path, "order_value_above_maximum",
                "the order's total " + total.toPlainString() + " is above the maximum order value " + max.toPlainString()
                        + " (" + setting("maxOrderValue") + ")"));
    }

    boolean linesAllowed(int lines) {
        return lines <= maxLines;
    }

    boolean valueAllowed(BigDecimal total) {
        return minValue.map(min -> total.compareTo(min) >= 0).orElse(true) && maxValue.map(max -> total.compareTo(max) <= 0).orElse(true);
    }

    private String setting(String name) {
        return source.equals("settings") ? "settings." + name : source;
    }
}
