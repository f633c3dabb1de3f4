package dev.ordercore.application.port.out;

import dev.ordercore.domain.intent.IntentLimits;
import dev.ordercore.domain.order.LifecycleSet;
import dev.ordercore.domain.order.OrderNumber;
import dev.ordercore.domain.shared.RoundingPolicy;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * How one tenant runs its orders: rounding (R8, R30), the order number prefix and the time zone
 * whose calendar year numbers count in, its lifecycles (R10-R12) and its intent limits (R25).
 */
public record TenantPolicy(RoundingPolicy rounding, String orderNumberPrefix, ZoneId zone, LifecycleSet lifecycles,
                           IntentLimits intentLimits) {

    public static final TenantPolicy DEFAULT = new TenantPolicy(RoundingPolicy.DEFAULT, "ORD", ZoneOffset.UTC, LifecycleSet.DEFAULT,
            IntentLimits.DEFAULT);

    public TenantPolicy {
        Objects.requireNonNull(rounding, "rounding");
        Objects.requireNonNull(orderNumberPrefix, "orderNumberPrefix");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(lifecycles, "lifecycles");
        Objects.requireNonNull(intentLimits, "intentLimits");
        if (!OrderNumber.PREFIX.matcher(orderNumberPrefix).matches()) {
            throw new IllegalArgumentException("an order number prefix is 1-10 of [A-Z0-9] starting with a letter, got '"
                    + orderNumberPrefix + "'");
        }
    }

    public TenantPolicy withLifecycles(LifecycleSet lifecycles) {
        return new TenantPolicy(rounding, orderNumberPrefix, zone, lifecycles, intentLimits);
    }

    public TenantPolicy withOrderNumberPrefix(String prefix) {
        return new TenantPolicy(rounding, prefix, zone, lifecycles, intentLimits);
    }

    public TenantPolicy withRounding(RoundingPolicy rounding) {
        return new TenantPolicy(rounding, orderNumberPrefix, zone, lifecycles, intentLimits);
    }

    public TenantPolicy withIntentLimits(IntentLimits limits) {
        return new TenantPolicy(rounding, orderNumberPrefix, zone, lifecycles, limits);
    }
}
