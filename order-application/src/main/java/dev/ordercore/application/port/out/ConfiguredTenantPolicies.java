package dev.ordercore.application.port.out;

import dev.ordercore.domain.shared.TenantId;

import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Tenant policies the embedding application sets, in process: rounding, number prefixes,
 * lifecycles and intent limits are configuration, the same on every instance of the application
 * whatever store it runs on. A tenant without a policy of its own gets the defaults.
 */
public final class ConfiguredTenantPolicies implements TenantPolicies {

    private final Map<TenantId, TenantPolicy> policies = new ConcurrentHashMap<>();
    private final TenantPolicy defaults;

    public ConfiguredTenantPolicies(TenantPolicy defaults) {
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
