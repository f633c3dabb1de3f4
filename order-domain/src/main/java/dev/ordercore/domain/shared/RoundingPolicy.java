package dev.ordercore.domain.shared;

import java.math.RoundingMode;
import java.util.Objects;

/**
 * How a tenant rounds money to minor units (R8, R30): the rounding mode, and whether tax is
 * rounded on each line or once per document and rate. The default is banker's rounding
 * (HALF_EVEN) with tax per document per rate.
 */
public record RoundingPolicy(RoundingMode mode, TaxRounding taxRounding) {

    public static final RoundingPolicy DEFAULT = new RoundingPolicy(RoundingMode.HALF_EVEN, TaxRounding.PER_DOCUMENT);

    public enum TaxRounding { PER_LINE, PER_DOCUMENT }

    public RoundingPolicy {
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(taxRounding, "taxRounding");
        if (mode == RoundingMode.UNNECESSARY) {
            throw new IllegalArgumentException("UNNECESSARY is not a rounding policy: amounts do need rounding");
        }
    }
}
