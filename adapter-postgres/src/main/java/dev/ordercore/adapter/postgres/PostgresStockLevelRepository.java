package dev.ordercore.adapter.postgres;

import dev.ordercore.application.port.out.StockLevelRepository;
import dev.ordercore.domain.catalog.ProductId;
import dev.ordercore.domain.planning.StockLevel;
import dev.ordercore.domain.shared.TenantId;
import org.jooq.impl.DSL;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import static dev.ordercore.adapter.postgres.jooq.Tables.STOCK_LEVELS;

/** Stock levels in {@code stock_levels}, one row per tenant and product; a save upserts. */
final class PostgresStockLevelRepository implements StockLevelRepository {

    private final Database db;

    PostgresStockLevelRepository(Database db) {
        this.db = db;
    }

    @Override
    public void save(StockLevel level) {
        db.run(level.tenant(), dsl -> dsl.insertInto(STOCK_LEVELS)
                .set(STOCK_LEVELS.TENANT_ID, level.tenant().value())
                .set(STOCK_LEVELS.PRODUCT_ID, level.product().value())
                .set(STOCK_LEVELS.QUANTITY, level.quantity())
                .set(STOCK_LEVELS.UPDATED_AT, Rows.ts(level.updatedAt()))
                .set(STOCK_LEVELS.UPDATED_BY, level.updatedBy())
                .onConflict(STOCK_LEVELS.TENANT_ID, STOCK_LEVELS.PRODUCT_ID)
                .doUpdate()
                .set(STOCK_LEVELS.QUANTITY, DSL.excluded(STOCK_LEVELS.QUANTITY))
                .set(STOCK_LEVELS.UPDATED_AT, DSL.excluded(STOCK_LEVELS.UPDATED_AT))
                .set(STOCK_LEVELS.UPDATED_BY, DSL.excluded(STOCK_LEVELS.UPDATED_BY))
                .execute());
    }

    @Override
    public Optional<StockLevel> find(TenantId tenant, ProductId product) {
        return db.run(tenant, dsl -> dsl.selectFrom(STOCK_LEVELS)
                .where(STOCK_LEVELS.TENANT_ID.eq(tenant.value()), STOCK_LEVELS.PRODUCT_ID.eq(product.value()))
                .fetchOptional(r -> new StockLevel(tenant, new ProductId(r.getProductId()), r.getQuantity(), Rows.instant(r.getUpdatedAt()),
                        r.getUpdatedBy())));
    }

    @Override
    public Map<ProductId, Long> available(TenantId tenant, Collection<ProductId> products) {
        if (products.isEmpty()) {
            return Map.of();
        }
        UUID[] ids = products.stream().map(ProductId::value).distinct().toArray(UUID[]::new);
        return db.run(tenant, dsl -> dsl.select(STOCK_LEVELS.PRODUCT_ID, STOCK_LEVELS.QUANTITY)
                .from(STOCK_LEVELS)
                .where(STOCK_LEVELS.TENANT_ID.eq(tenant.value()), STOCK_LEVELS.PRODUCT_ID.eq(DSL.any(ids)))
                .fetch()
                .stream()
                .collect(Collectors.toUnmodifiableMap(r -> new ProductId(r.value1()), r -> r.value2())));
    }
}
