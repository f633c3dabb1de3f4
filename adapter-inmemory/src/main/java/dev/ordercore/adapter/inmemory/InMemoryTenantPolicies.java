package dev.ordercore.adapter.inmemory;

import dev.ordercore.application.port.out.TenantPolicies;
import dev.ordercore.application.port.out.TenantPolicy;
import dev.ordercore.domain.shared.TenantId;

import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/** Tenant policies the embedding application sets; a tenant without one gets the defaults. */
public final class InMemoryTenantPolicies implements TenantPolicies {

    private final Map<TenantId, TenantPolicy> policies = new ConcurrentHashMap<>();
    private final TenantPolicy defaults;

    InMemoryTenantPolicies(TenantPolicy defaults) {
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
