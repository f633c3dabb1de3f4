package dev.ordercore.application.contract;

import dev.ordercore.application.OrderCorePorts;
import dev.ordercore.application.port.out.CatalogRepository;
import dev.ordercore.application.port.out.CategoryRepository;
import dev.ordercore.domain.catalog.Category;
import dev.ordercore.domain.catalog.CategoryId;
import dev.ordercore.domain.catalog.CategoryType;
import dev.ordercore.domain.shared.EntityType;
import dev.ordercore.domain.shared.TenantId;

import java.time.Instant;
import java.util.Optional;

import static dev.ordercore.application.contract.ContractData.T0;
import static dev.ordercore.application.contract.ContractData.category;
import static dev.ordercore.application.contract.ContractData.ok;
import static dev.ordercore.application.contract.ContractData.uuids;

/** What every {@link CategoryRepository} does: the catalog contract, with names unique per tenant whatever the type. */
public abstract class CategoryRepositoryContract extends CatalogRepositoryContract<Category, CategoryId> {

    @Override
    protected CatalogRepository<Category, CategoryId> repository(OrderCorePorts ports) {
        return ports.categories();
    }

    @Override
    protected EntityType entityType() {
        return EntityType.CATEGORY;
    }

    @Override
    protected Category newEntry(TenantId tenant, String key) {
        return category(tenant, "Tents " + key);
    }

    @Override
    protected Category withSameNaturalKey(Category existing) {
        return ok(Category.create(CategoryId.next(uuids()), existing.tenant(), existing.name(), CategoryType.SALE, T0));
    }

    @Override
    protected Category withSameId(Category existing, String key) {
        return ok(Category.create(existing.id(), existing.tenant(), "Tents " + key, existing.type(), T0));
    }

    @Override
    protected Optional<Instant> deletedAtOf(Category entry) {
        return entry.deletedAt();
    }

    @Override
    protected CategoryId idOf(Category entry) {
        return entry.id();
    }

    @Override
    protected CategoryId unknownId() {
        return CategoryId.next(uuids());
    }
}
