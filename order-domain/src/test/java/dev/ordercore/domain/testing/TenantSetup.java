package dev.ordercore.domain.testing;

import dev.ordercore.domain.access.Principal;
import dev.ordercore.domain.catalog.CatalogSnapshot;
import dev.ordercore.domain.order.CustomerId;
import dev.ordercore.domain.order.LifecycleSet;
import dev.ordercore.domain.order.VendorId;
import dev.ordercore.domain.shared.RoundingPolicy;
import dev.ordercore.domain.shared.TenantId;

import java.util.Currency;
import java.util.List;
import java.util.Objects;

/**
 * What orders of one tenant are placed against: the tenant, the currency its orders use, its
 * catalog, rounding policy and lifecycles, and a few customers and vendors to pick from.
 */
public record TenantSetup(TenantId tenant, Currency currency, CatalogSnapshot catalog, RoundingPolicy rounding,
                          LifecycleSet lifecycles, List<CustomerId> customers, List<VendorId> vendors) {

    public TenantSetup {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(catalog, "catalog");
        Objects.requireNonNull(rounding, "rounding");
        Objects.requireNonNull(lifecycles, "lifecycles");
        customers = List.copyOf(customers);
        vendors = List.copyOf(vendors);
        if (customers.isEmpty() || vendors.isEmpty()) {
            throw new IllegalArgumentException("a setup has at least one customer and one vendor to pick from");
        }
    }

    public TenantSetup withLifecycles(LifecycleSet other) {
        return new TenantSetup(tenant, currency, catalog, rounding, other, customers, vendors);
    }

    public TenantSetup withRounding(RoundingPolicy other) {
        return new TenantSetup(tenant, currency, catalog, other, lifecycles, customers, vendors);
    }

    public TenantSetup withCatalog(CatalogSnapshot other) {
        return new TenantSetup(tenant, currency, other, rounding, lifecycles, customers, vendors);
    }

    public Principal operator() {
        return ValueArbitraries.operator(tenant);
    }

    public Principal admin() {
        return ValueArbitraries.admin(tenant);
    }
}
