package dev.ordercore.application.contract;

import dev.ordercore.application.OrderCorePorts;
import dev.ordercore.application.port.out.TenantPolicies;
import dev.ordercore.application.port.out.TenantPolicy;
import dev.ordercore.domain.shared.TenantId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static dev.ordercore.application.contract.ContractData.OTHER_TENANT;
import static dev.ordercore.application.contract.ContractData.TENANT;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every {@link TenantPolicies} does: a tenant's own policy goes to that tenant alone, and a
 * tenant without one gets the defaults. The port only reads, so each adapter says through
 * {@link #givePolicy} how a tenant gets its own; {@link #ports()} must answer stores with
 * {@link TenantPolicy#DEFAULT} as the defaults.
 */
public abstract class TenantPoliciesContract {

    /** Fresh, empty stores whose defaults are {@link TenantPolicy#DEFAULT}; called once before each test. */
    protected abstract OrderCorePorts ports();

    /** Gives {@code tenant} its own policy in the stores {@link #ports()} last answered. */
    protected abstract void givePolicy(TenantId tenant, TenantPolicy policy);

    private TenantPolicies policies;

    @BeforeEach
    void freshStores() {
        policies = ports().policies();
    }

    @Test
    void a_tenant_without_its_own_policy_gets_the_defaults() {
        assertThat(policies.policyFor(TENANT)).isEqualTo(TenantPolicy.DEFAULT);
        assertThat(policies.policyFor(TenantId.of("never-heard-of"))).isEqualTo(TenantPolicy.DEFAULT);
    }

    @Test
    void R35_a_tenants_own_policy_goes_to_that_tenant_alone() {
        TenantPolicy wines = TenantPolicy.DEFAULT.withOrderNumberPrefix("WF");

        givePolicy(TENANT, wines);

        assertThat(policies.policyFor(TENANT)).isEqualTo(wines);
        assertThat(policies.policyFor(OTHER_TENANT)).isEqualTo(TenantPolicy.DEFAULT);
    }
}
