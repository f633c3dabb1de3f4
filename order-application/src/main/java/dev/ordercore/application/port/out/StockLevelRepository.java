package dev.ordercore.application.port.out;

import dev.ordercore.domain.catalog.ProductId;
import dev.ordercore.domain.planning.StockLevel;
import dev.ordercore.domain.shared.TenantId;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/** The stock level of each product of a tenant (R39); setting one replaces what was there. */
public interface StockLevelRepository {

    /** Stores {@code level}, replacing the product's previous level. */
    void save(StockLevel level);

    Optional<StockLevel> find(TenantId tenant, ProductId product);

    /** The units available of those of {@code products} that have a level; the others have none. */
    Map<ProductId, Long> available(TenantId tenant, Collection<ProductId> products);
}
