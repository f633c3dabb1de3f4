package dev.ordercore.domain.supplier;

import dev.ordercore.domain.order.LineItemId;
import dev.ordercore.domain.shared.UnitPrice;

import java.util.Objects;
import java.util.Optional;

/**
 * What a supplier confirmed for one line: the quantity and the unit price it will deliver at (each
 * absent when it confirmed the line as ordered), and the line that took this one's place when the
 * confirmed values differed from the order's ({@code replacedBy}).
 */
public record ConfirmedLine(LineItemId lineItem, Optional<Integer> quantity, Optional<UnitPrice> unitPrice,
                            Optional<LineItemId> replacedBy) {

    public ConfirmedLine {
        Objects.requireNonNull(lineItem, "lineItem");
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(unitPrice, "unitPrice");
        Objects.requireNonNull(replacedBy, "replacedBy");
        if (quantity.filter(q -> q < 1).isPresent()) {
            throw new IllegalArgumentException("a confirmed quantity is at least 1, got " + quantity.get());
        }
        if (replacedBy.filter(lineItem::equals).isPresent()) {
            throw new IllegalArgumentException("line " + lineItem + " cannot replace itself");
        }
    }
}
