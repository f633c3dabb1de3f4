package dev.ordercore.application.port.out;

import dev.ordercore.domain.intent.IntentLimits;
import dev.ordercore.domain.order.LifecycleSet;
import dev.ordercore.domain.order.OrderNumber;
import dev.ordercore.domain.pricing.TaxPolicy;
import dev.ordercore.domain.shared.RoundingPolicy;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * How one tenant runs its orders: rounding (R8, R30), the order number prefix and the time zone
 * whose calendar year numbers count in, its lifecycles (R10-R12), its intent limits (R25) and how
 * it taxes orders (R31: VAT rates and excise).
 */
public record TenantPolicy(RoundingPolicy rounding, String orderNumberPrefix, ZoneId zone, LifecycleSet lifecycles,
                           IntentLimits intentLimits, TaxPolicy tax) {

    public static final TenantPolicy DEFAULT = new TenantPolicy(RoundingPolicy.DEFAULT, "ORD", ZoneOffset.UTC, LifecycleSet.DEFAULT,
            IntentLimits.DEFAULT, TaxPolicy.DEFAULT);

    public TenantPolicy {
        Objects.requireNonNull(rounding, "rounding");
        Objects.requireNonNull(orderNumberPrefix, "orderNumberPrefix");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(lifecycles, "lifecycles");
        Objects.requireNonNull(intentLimits, "intentLimits");
        Objects.requireNonNull(tax, "tax");
        if (!OrderNumber.PREFIX.matcher(orderNumberPrefix).matches()) {
            throw new IllegalArgumentException("an order number prefix is 1-10 of [A-Z0-9] starting with a letter, got '"
                    + orderNumberPrefix + "'");
        }
    }

    /** A policy with seed 001's default taxes ({@link TaxPolicy#DEFAULT}). */
    public TenantPolicy(RoundingPolicy rounding, String orderNumberPrefix, ZoneId zone, LifecycleSet lifecycles, IntentLimits intentLimits) {
        this(rounding, orderNumberPrefix, zone, lifecycles, intentLimits, TaxPolicy.DEFAULT);
    }

    public TenantPolicy withLifecycles(LifecycleSet lifecycles) {
        return new TenantPolicy(rounding, orderNumberPrefix, zone, lifecycles, intentLimits, tax);
    }

    public TenantPolicy withOrderNumberPrefix(String prefix) {
        return new TenantPolicy(rounding, prefix, zone, lifecycles, intentLimits, tax);
    }

    public TenantPolicy withRounding(RoundingPolicy rounding) {
        return new TenantPolicy(rounding, orderNumberPrefix, zone, lifecycles, intentLimits, tax);
    }

    public TenantPolicy withIntentLimits(IntentLimits limits) {
        return new TenantPolicy(rounding, orderNumberPrefix, zone, lifecycles, limits, tax);
    }

    public TenantPolicy withTax(TaxPolicy tax) {
        return new TenantPolicy(rounding, orderNumberPrefix, zone, lifecycles, intentLimits, tax);
    }
}
