package dev.ordercore.adapter.postgres;

import dev.ordercore.application.port.out.TenantPolicies;
import dev.ordercore.application.port.out.TenantPolicy;
import dev.ordercore.domain.shared.TenantId;

import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Tenant policies the embedding application sets, in process: lifecycles, rounding, number prefixes
 * and intent limits are configuration, the same on every instance. A tenant without one gets the defaults.
 */
public final class PostgresTenantPolicies implements TenantPolicies {

    private final Map<TenantId, TenantPolicy> policies = new ConcurrentHashMap<>();
    private final TenantPolicy defaults;

    PostgresTenantPolicies(TenantPolicy defaults) {
        this.defaults = Objects.requireNonNull(defaults, "defaults");
    }

    @Override
    public TenantPolicy policyFor(TenantId tenant) {
        return policies.getOrDefault(tenant, defaults);
    }

    /** Sets a tenant's policy: its rounding, number prefix, lifecycles (custom ones included) and intent limits. */
    public void set(TenantId tenant, TenantPolicy policy) {
        policies.put(Objects.requireNonNull(tenant, "tenant"), Objects.requireNonNull(policy, "policy"));
    }
}
