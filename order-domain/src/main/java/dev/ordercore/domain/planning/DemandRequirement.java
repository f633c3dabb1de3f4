package dev.ordercore.domain.planning;

import dev.ordercore.domain.catalog.ProductId;
import dev.ordercore.domain.shared.Uuids;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Objects;

/** How many units of a product active orders need on one day (R38). */
public record DemandRequirement(ProductId product, LocalDate date, long quantity) {

    /** By date, then by product id in byte order (as PostgreSQL sorts uuids). */
    public static final Comparator<DemandRequirement> BY_DATE_AND_PRODUCT = Comparator.comparing(DemandRequirement::date)
            .thenComparing(r -> r.product().value(), Uuids.BYTE_ORDER);

    public DemandRequirement {
        Objects.requireNonNull(product, "product");
        Objects.requireNonNull(date, "date");
        if (quantity < 1) {
            throw new IllegalArgumentException("a demand requirement is for 1 unit or more, got " + quantity);
        }
    }
}
