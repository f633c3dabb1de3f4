package dev.ordercore.adapter.postgres;

import dev.ordercore.adapter.postgres.jooq.tables.records.AssetsRecord;
import dev.ordercore.adapter.postgres.jooq.tables.records.CategoriesRecord;
import dev.ordercore.adapter.postgres.jooq.tables.records.KlassesRecord;
import dev.ordercore.adapter.postgres.jooq.tables.records.ProductsRecord;
import dev.ordercore.application.port.out.AssetRepository;
import dev.ordercore.application.port.out.CatalogRepository;
import dev.ordercore.application.port.out.CategoryRepository;
import dev.ordercore.application.port.out.KlassRepository;
import dev.ordercore.application.port.out.ProductRepository;
import dev.ordercore.domain.catalog.Asset;
import dev.ordercore.domain.catalog.AssetId;
import dev.ordercore.domain.catalog.Category;
import dev.ordercore.domain.catalog.CategoryId;
import dev.ordercore.domain.catalog.CategoryType;
import dev.ordercore.domain.catalog.Frequency;
import dev.ordercore.domain.catalog.Klass;
import dev.ordercore.domain.catalog.KlassId;
import dev.ordercore.domain.catalog.KlassPricing;
import dev.ordercore.domain.catalog.Product;
import dev.ordercore.domain.catalog.ProductId;
import dev.ordercore.domain.json.JsonArray;
import dev.ordercore.domain.json.JsonNumber;
import dev.ordercore.domain.json.JsonObject;
import dev.ordercore.domain.json.JsonString;
import dev.ordercore.domain.json.JsonValue;
import dev.ordercore.domain.shared.EntityType;
import dev.ordercore.domain.shared.Money;
import dev.ordercore.domain.shared.TenantId;
import org.jooq.JSONB;
import org.jooq.Table;
import org.jooq.TableField;
import org.jooq.TableRecord;
import org.jooq.impl.DSL;

import java.util.Arrays;
import java.util.Collection;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import static dev.ordercore.adapter.postgres.jooq.Tables.ASSETS;
import static dev.ordercore.adapter.postgres.jooq.Tables.CATEGORIES;
import static dev.ordercore.adapter.postgres.jooq.Tables.KLASSES;
import static dev.ordercore.adapter.postgres.jooq.Tables.PRODUCTS;

/**
 * The four catalog stores: a table each, keyed by tenant and id, with the natural key of each
 * store as a unique constraint. Pages follow PostgreSQL's uuid order, which is the byte order the
 * port promises.
 */
final class PostgresCatalogRepository {

    private PostgresCatalogRepository() {
    }

    /** What the four stores share; each says how its entries become rows and back, and what its natural key is called. */
    private abstract static class Store<T, I, R extends TableRecord<R>> implements CatalogRepository<T, I> {

        private final Database db;
        private final Table<R> table;
        private final TableField<R, String> tenantId;
        private final TableField<R, UUID> id;
        private final EntityType entity;
        private final Function<I, UUID> uuid;

        Store(Database db, Table<R> table, TableField<R, String> tenantId, TableField<R, UUID> id, EntityType entity,
              Function<I, UUID> uuid) {
            this.db = db;
            this.table = table;
            this.tenantId = tenantId;
            this.id = id;
            this.entity = entity;
            this.uuid = uuid;
        }

        abstract R row(T entry);

        abstract T entry(R row);

        /** The taken key as the in-memory store names it. */
        abstract String naturalKey(T entry);

        @Override
        public void insert(T entry) {
            R row = row(entry);
            String tenant = row.get(tenantId);
            UUID entryId = row.get(id);
            db.run(TenantId.of(tenant), dsl -> {
                UniqueInsert.insert(dsl, row, entity, tenantId.eq(tenant).and(id.eq(entryId)), entryId, naturalKey(entry));
                return null;
            });
        }

        @Override
        public Optional<T> find(TenantId tenant, I entryId) {
            return db.run(tenant, dsl -> dsl.selectFrom(table)
                    .where(tenantId.eq(tenant.value()), id.eq(uuid.apply(entryId)))
                    .fetchOptional(this::entry));
        }

        @Override
        public List<T> findAll(TenantId tenant, Collection<I> ids) {
            if (ids.isEmpty()) {
                return List.of();
            }
            UUID[] wanted = ids.stream().map(uuid).distinct().toArray(UUID[]::new);
            Map<UUID, T> found = db.run(tenant, dsl -> dsl.selectFrom(table)
                    .where(tenantId.eq(tenant.value()), id.eq(DSL.any(DSL.val(wanted))))
                    .fetchMap(id, this::entry));
            return Arrays.stream(wanted).map(found::get).filter(Objects::nonNull).toList();
        }

        @Override
        public List<T> list(TenantId tenant, Optional<I> after, int limit) {
            return db.run(tenant, dsl -> dsl.selectFrom(table)
                    .where(tenantId.eq(tenant.value()), after.map(a -> id.gt(uuid.apply(a))).orElse(DSL.noCondition()))
                    .orderBy(id)
                    .limit(limit)
                    .fetch(this::entry));
        }
    }

    static final class Categories extends Store<Category, CategoryId, CategoriesRecord> implements CategoryRepository {
        Categories(Database db) {
            super(db, CATEGORIES, CATEGORIES.TENANT_ID, CATEGORIES.ID, EntityType.CATEGORY, CategoryId::value);
        }

        @Override
        CategoriesRecord row(Category c) {
            return new CategoriesRecord(c.tenant().value(), c.id().value(), c.name(), c.type().name(), Rows.ts(c.createdAt()));
        }

        @Override
        Category entry(CategoriesRecord r) {
            return new Category(new CategoryId(r.getId()), TenantId.of(r.getTenantId()), r.getName(), CategoryType.valueOf(r.getType()),
                    Rows.instant(r.getCreatedAt()));
        }

        @Override
        String naturalKey(Category c) {
            return "name " + c.name();
        }
    }

    static final class Klasses extends Store<Klass, KlassId, KlassesRecord> implements KlassRepository {
        Klasses(Database db) {
            super(db, KLASSES, KLASSES.TENANT_ID, KLASSES.ID, EntityType.KLASS, KlassId::value);
        }

        @Override
        KlassesRecord row(Klass k) {
            return new KlassesRecord(k.tenant().value(), k.id().value(), k.name(), k.category().value(), pricing(k.pricing()),
                    Rows.ts(k.createdAt()));
        }

        @Override
        Klass entry(KlassesRecord r) {
            return new Klass(new KlassId(r.getId()), TenantId.of(r.getTenantId()), r.getName(), new CategoryId(r.getCategoryId()),
                    pricing(r.getPricing()), Rows.instant(r.getCreatedAt()));
        }

        @Override
        String naturalKey(Klass k) {
            return "name " + k.name() + " in category " + k.category();
        }

        /** Each price as {@code {frequency?, price, currency}}; no frequency is the sale price. */
        private static JSONB pricing(List<KlassPricing> pricing) {
            return JsonText.jsonb(new JsonArray(pricing.stream().<JsonValue>map(p -> {
                JsonObject.Builder price = JsonObject.builder();
                p.frequency().ifPresent(f -> price.put("frequency", f.name()));
                return price.put("price", p.price().amount()).put("currency", p.price().currency().getCurrencyCode()).build();
            }).toList()));
        }

        private static List<KlassPricing> pricing(JSONB stored) {
            return JsonText.array(stored).values().stream().map(v -> {
                JsonObject p = (JsonObject) v;
                Optional<Frequency> frequency = p.get("frequency").map(f -> Frequency.valueOf(((JsonString) f).value()));
                Currency currency = Currency.getInstance(((JsonString) p.get("currency").orElseThrow()).value());
                return new KlassPricing(frequency, Money.of(((JsonNumber) p.get("price").orElseThrow()).value(), currency));
            }).toList();
        }
    }

    static final class Products extends Store<Product, ProductId, ProductsRecord> implements ProductRepository {
        Products(Database db) {
            super(db, PRODUCTS, PRODUCTS.TENANT_ID, PRODUCTS.ID, EntityType.PRODUCT, ProductId::value);
        }

        @Override
        ProductsRecord row(Product p) {
            return new ProductsRecord(p.tenant().value(), p.id().value(), p.klass().value(), p.sku(), p.name(),
                    JsonText.jsonb(p.attributes()), Rows.ts(p.createdAt()));
        }

        @Override
        Product entry(ProductsRecord r) {
            return new Product(new ProductId(r.getId()), TenantId.of(r.getTenantId()), new KlassId(r.getKlassId()), r.getSku(),
                    r.getName(), JsonText.object(r.getAttributes()), Rows.instant(r.getCreatedAt()));
        }

        @Override
        String naturalKey(Product p) {
            return "sku " + p.sku();
        }
    }

    static final class Assets extends Store<Asset, AssetId, AssetsRecord> implements AssetRepository {
        Assets(Database db) {
            super(db, ASSETS, ASSETS.TENANT_ID, ASSETS.ID, EntityType.ASSET, AssetId::value);
        }

        @Override
        AssetsRecord row(Asset a) {
            return new AssetsRecord(a.tenant().value(), a.id().value(), a.product().value(), a.serialNumber(), Rows.ts(a.createdAt()));
        }

        @Override
        Asset entry(AssetsRecord r) {
            return new Asset(new AssetId(r.getId()), TenantId.of(r.getTenantId()), new ProductId(r.getProductId()), r.getSerialNumber(),
                    Rows.instant(r.getCreatedAt()));
        }

        @Override
        String naturalKey(Asset a) {
            return "serial number " + a.serialNumber() + " of product " + a.product();
        }
    }
}
