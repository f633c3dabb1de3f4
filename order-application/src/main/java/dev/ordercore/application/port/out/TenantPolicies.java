package dev.ordercore.application.port.out;

import dev.ordercore.domain.shared.TenantId;

/** Where a tenant's policy comes from. A tenant without its own policy has the defaults. */
public interface TenantPolicies {

    TenantPolicy policyFor(TenantId tenant);
}
