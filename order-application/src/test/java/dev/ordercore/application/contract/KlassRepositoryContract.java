package dev.ordercore.application.contract;

import dev.ordercore.application.OrderCorePorts;
import dev.ordercore.application.port.out.CatalogRepository;
import dev.ordercore.application.port.out.KlassRepository;
import dev.ordercore.domain.catalog.Category;
import dev.ordercore.domain.catalog.Klass;
import dev.ordercore.domain.catalog.KlassId;
import dev.ordercore.domain.shared.EntityType;
import dev.ordercore.domain.shared.TenantId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static dev.ordercore.application.contract.ContractData.EUR;
import static dev.ordercore.application.contract.ContractData.OTHER_TENANT;
import static dev.ordercore.application.contract.ContractData.T0;
import static dev.ordercore.application.contract.ContractData.TENANT;
import static dev.ordercore.application.contract.ContractData.category;
import static dev.ordercore.application.contract.ContractData.klass;
import static dev.ordercore.application.contract.ContractData.ok;
import static dev.ordercore.application.contract.ContractData.uuids;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every {@link KlassRepository} does: the catalog contract, with names unique within their
 * category (the same name may appear in another category).
 */
public abstract class KlassRepositoryContract extends CatalogRepositoryContract<Klass, KlassId> {

    private Map<TenantId, Category> categories;

    @BeforeEach
    void storeCategories() {
        categories = Map.of(TENANT, category(TENANT, "Tents"), OTHER_TENANT, category(OTHER_TENANT, "Tents"));
        categories.values().forEach(stores.categories()::insert);
    }

    @Test
    void the_same_name_in_another_category_is_another_klass() {
        Klass tent = newEntry(TENANT, "A1");
        Category furniture = category(TENANT, "Furniture");
        stores.categories().insert(furniture);
        Klass sameName = klass(TENANT, furniture.id(), tent.name());

        stores.klasses().insert(tent);
        stores.klasses().insert(sameName);

        assertThat(stores.klasses().list(TENANT, Optional.empty(), 10)).containsExactlyInAnyOrder(tent, sameName);
    }

    @Override
    protected CatalogRepository<Klass, KlassId> repository(OrderCorePorts ports) {
        return ports.klasses();
    }

    @Override
    protected EntityType entityType() {
        return EntityType.KLASS;
    }

    @Override
    protected Klass newEntry(TenantId tenant, String key) {
        return klass(tenant, categories.get(tenant).id(), "Party tent " + key);
    }

    @Override
    protected Klass withSameNaturalKey(Klass existing) {
        return ok(Klass.create(KlassId.next(uuids()), existing.tenant(), existing.name(), existing.category(),
                List.of(new Klass.PriceDraft(null, new BigDecimal("99.00"), EUR)), T0));
    }

    @Override
    protected Klass withSameId(Klass existing, String key) {
        return ok(Klass.create(existing.id(), existing.tenant(), "Party tent " + key, existing.category(), List.of(), T0));
    }

    @Override
    protected Optional<Instant> deletedAtOf(Klass entry) {
        return entry.deletedAt();
    }

    @Override
    protected KlassId idOf(Klass entry) {
        return entry.id();
    }

    @Override
    protected KlassId unknownId() {
        return KlassId.next(uuids());
    }
}
