package dev.ordercore.application.contract;

import dev.ordercore.application.OrderCorePorts;
import dev.ordercore.application.port.out.CatalogRepository;
import dev.ordercore.application.port.out.DuplicateKeyException;
import dev.ordercore.application.port.out.ProductRepository;
import dev.ordercore.domain.catalog.Category;
import dev.ordercore.domain.catalog.Klass;
import dev.ordercore.domain.catalog.Product;
import dev.ordercore.domain.catalog.ProductId;
import dev.ordercore.domain.json.JsonObject;
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
import static dev.ordercore.application.contract.ContractData.category;
import static dev.ordercore.application.contract.ContractData.klass;
import static dev.ordercore.application.contract.ContractData.ok;
import static dev.ordercore.application.contract.ContractData.product;
import static dev.ordercore.application.contract.ContractData.uuids;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What every {@link ProductRepository} does: the catalog contract, with SKUs unique per tenant across all klasses. */
public abstract class ProductRepositoryContract extends CatalogRepositoryContract<Product, ProductId> {

    private final Map<TenantId, Klass> klasses = new HashMap<>();

    @BeforeEach
    void storeKlasses() {
        klasses.clear();
        for (TenantId tenant : List.of(TENANT, OTHER_TENANT)) {
            Category wines = category(tenant, "Wines");
            Klass red = klass(tenant, wines.id(), "Red wine");
            stores.categories().insert(wines);
            stores.klasses().insert(red);
            klasses.put(tenant, red);
        }
    }

    @Test
    void a_sku_is_taken_across_klasses() {
        Product first = newEntry(TENANT, "A1");
        stores.products().insert(first);
        Klass white = klass(TENANT, klasses.get(TENANT).category(), "White wine");
        stores.klasses().insert(white);

        assertThatThrownBy(() -> stores.products().insert(product(TENANT, white.id(), first.sku())))
                .isInstanceOf(DuplicateKeyException.class);
        assertThat(stores.products().findAll(TENANT, List.of(first.id()))).containsExactly(first);
    }

    @Override
    protected CatalogRepository<Product, ProductId> repository(OrderCorePorts ports) {
        return ports.products();
    }

    @Override
    protected EntityType entityType() {
        return EntityType.PRODUCT;
    }

    @Override
    protected Product newEntry(TenantId tenant, String key) {
        return product(tenant, klasses.get(tenant).id(), "RIOJA-" + key);
    }

    @Override
    protected Product withSameNaturalKey(Product existing) {
        return ok(Product.create(ProductId.next(uuids()), existing.tenant(), existing.klass(), existing.sku(), "Another name",
                JsonObject.empty(), T0));
    }

    @Override
    protected Product withSameId(Product existing, String key) {
        return ok(Product.create(existing.id(), existing.tenant(), existing.klass(), "RIOJA-" + key, existing.name(),
                existing.attributes(), T0));
    }

    @Override
    protected Optional<Instant> deletedAtOf(Product entry) {
        return entry.deletedAt();
    }

    @Override
    protected ProductId idOf(Product entry) {
        return entry.id();
    }

    @Override
    protected ProductId unknownId() {
        return ProductId.next(uuids());
    }
}
