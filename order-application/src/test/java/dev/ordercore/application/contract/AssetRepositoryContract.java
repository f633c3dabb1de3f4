package dev.ordercore.application.contract;

import dev.ordercore.application.OrderCorePorts;
import dev.ordercore.application.port.out.AssetRepository;
import dev.ordercore.application.port.out.CatalogRepository;
import dev.ordercore.domain.catalog.Asset;
import dev.ordercore.domain.catalog.AssetId;
import dev.ordercore.domain.catalog.Category;
import dev.ordercore.domain.catalog.Klass;
import dev.ordercore.domain.catalog.Product;
import dev.ordercore.domain.shared.EntityType;
import dev.ordercore.domain.shared.TenantId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static dev.ordercore.application.contract.ContractData.OTHER_TENANT;
import static dev.ordercore.application.contract.ContractData.T0;
import static dev.ordercore.application.contract.ContractData.TENANT;
import static dev.ordercore.application.contract.ContractData.asset;
import static dev.ordercore.application.contract.ContractData.category;
import static dev.ordercore.application.contract.ContractData.klass;
import static dev.ordercore.application.contract.ContractData.ok;
import static dev.ordercore.application.contract.ContractData.product;
import static dev.ordercore.application.contract.ContractData.uuids;
import static org.assertj.core.api.Assertions.assertThat;

/** What every {@link AssetRepository} does: the catalog contract, with serial numbers unique per product. */
public abstract class AssetRepositoryContract extends CatalogRepositoryContract<Asset, AssetId> {

    private final Map<TenantId, Product> products = new HashMap<>();

    @BeforeEach
    void storeProducts() {
        products.clear();
        for (TenantId tenant : List.of(TENANT, OTHER_TENANT)) {
            Category rental = category(tenant, "Machines");
            Klass excavators = klass(tenant, rental.id(), "Excavator");
            Product small = product(tenant, excavators.id(), "EXC-3T");
            stores.categories().insert(rental);
            stores.klasses().insert(excavators);
            stores.products().insert(small);
            products.put(tenant, small);
        }
    }

    @Test
    void the_same_serial_number_on_another_product_is_another_asset() {
        Asset first = newEntry(TENANT, "A1");
        Product large = product(TENANT, products.get(TENANT).klass(), "EXC-8T");
        stores.products().insert(large);
        Asset sameSerial = asset(TENANT, large.id(), first.serialNumber());

        stores.assets().insert(first);
        stores.assets().insert(sameSerial);

        assertThat(stores.assets().findAll(TENANT, List.of(first.id(), sameSerial.id()))).containsExactlyInAnyOrder(first, sameSerial);
    }

    @Override
    protected CatalogRepository<Asset, AssetId> repository(OrderCorePorts ports) {
        return ports.assets();
    }

    @Override
    protected EntityType entityType() {
        return EntityType.ASSET;
    }

    @Override
    protected Asset newEntry(TenantId tenant, String key) {
        return asset(tenant, products.get(tenant).id(), "SN-" + key);
    }

    @Override
    protected Asset withSameNaturalKey(Asset existing) {
        return ok(Asset.create(AssetId.next(uuids()), existing.tenant(), existing.product(), existing.serialNumber(), T0));
    }

    @Override
    protected Asset withSameId(Asset existing, String key) {
        return ok(Asset.create(existing.id(), existing.tenant(), existing.product(), "SN-" + key, T0));
    }

    @Override
    protected Optional<Instant> deletedAtOf(Asset entry) {
        return entry.deletedAt();
    }

    @Override
    protected AssetId idOf(Asset entry) {
        return entry.id();
    }

    @Override
    protected AssetId unknownId() {
        return AssetId.next(uuids());
    }
}
