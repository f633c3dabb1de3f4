package dev.ordercore.adapter.postgres;

import dev.ordercore.adapter.postgres.jooq.tables.records.AssetsRecord;
import dev.ordercore.adapter.postgres.jooq.tables.records.CategoriesRecord;
import dev.ordercore.adapter.postgres.jooq.tables.records.KlassesRecord;
import dev.ordercore.adapter.postgres.jooq.tables.records.OrderModifierRulesRecord;
import dev.ordercore.adapter.postgres.jooq.tables.records.OrderModifiersRecord;
import dev.ordercore.adapter.postgres.jooq.tables.records.ProductsRecord;
import dev.ordercore.application.port.out.ActiveModifierRules;
import dev.ordercore.application.port.out.AssetRepository;
import dev.ordercore.application.port.out.CatalogRepository;
import dev.ordercore.application.port.out.CategoryRepository;
import dev.ordercore.application.port.out.KlassRepository;
import dev.ordercore.application.port.out.OrderModifierRepository;
import dev.ordercore.application.port.out.OrderModifierRuleRepository;
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
import dev.ordercore.domain.catalog.ModifierKind;
import dev.ordercore.domain.catalog.OrderModifier;
import dev.ordercore.domain.catalog.OrderModifierId;
import dev.ordercore.domain.catalog.OrderModifierRule;
import dev.ordercore.domain.catalog.OrderModifierRuleId;
import dev.ordercore.domain.catalog.Product;
import dev.ordercore.domain.catalog.ProductId;
import dev.ordercore.domain.json.JsonArray;
import dev.ordercore.domain.json.JsonNumber;
import dev.ordercore.domain.json.JsonObject;
import dev.ordercore.domain.json.JsonString;
import dev.ordercore.domain.json.JsonValue;
import dev.ordercore.domain.order.LineItemKind;
import dev.ordercore.domain.shared.EntityType;
import dev.ordercore.domain.shared.Money;
import dev.ordercore.domain.shared.TenantId;
import org.jooq.JSONB;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.TableField;
import org.jooq.TableRecord;
import org.jooq.impl.DSL;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.Currency;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import static dev.ordercore.adapter.postgres.jooq.Tables.ASSETS;
import static dev.ordercore.adapter.postgres.jooq.Tables.CATEGORIES;
import static dev.ordercore.adapter.postgres.jooq.Tables.KLASSES;
import static dev.ordercore.adapter.postgres.jooq.Tables.ORDER_MODIFIERS;
import static dev.ordercore.adapter.postgres.jooq.Tables.ORDER_MODIFIER_RULES;
import static dev.ordercore.adapter.postgres.jooq.Tables.PRODUCTS;

/**
 * The catalog stores: a table each, keyed by tenant and id, with the natural key of each store as
 * a unique constraint. Pages follow PostgreSQL's uuid order, which is the byte order the port
 * promises. Deleting sets {@code deleted_at} once (the first time stays) and removes nothing.
 */
final class PostgresCatalogRepository {

    private PostgresCatalogRepository() {
    }

    /** What the stores share; each says how its entries become rows and back, and what its natural key is called. */
    private abstract static class Store<T, I, R extends TableRecord<R>> implements CatalogRepository<T, I> {

        final Database db;
        private final Table<R> table;
        private final TableField<R, String> tenantId;
        private final TableField<R, UUID> id;
        private final TableField<R, OffsetDateTime> deletedAt;
        private final EntityType entity;
        private final Function<I, UUID> uuid;

        Store(Database db, Table<R> table, TableField<R, String> tenantId, TableField<R, UUID> id, TableField<R, OffsetDateTime> deletedAt,
              EntityType entity, Function<I, UUID> uuid) {
            this.db = db;
            this.table = table;
            this.tenantId = tenantId;
            this.id = id;
            this.deletedAt = deletedAt;
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
        public List<T> list(TenantId tenant, Optional<I> after, int limit, boolean includeDeleted) {
            return db.run(tenant, dsl -> dsl.selectFrom(table)
                    .where(tenantId.eq(tenant.value()), after.map(a -> id.gt(uuid.apply(a))).orElse(DSL.noCondition()),
                            includeDeleted ? DSL.noCondition() : deletedAt.isNull())
                    .orderBy(id)
                    .limit(limit)
                    .fetch(this::entry));
        }

        /** One statement: the first deletion time stays ({@code coalesce}), and the row comes back as it now is. */
        @Override
        public Optional<T> markDeleted(TenantId tenant, I entryId, Instant at) {
            return db.run(tenant, dsl -> dsl.update(table)
                    .set(deletedAt, DSL.coalesce(deletedAt, DSL.val(Rows.ts(at))))
                    .where(tenantId.eq(tenant.value()), id.eq(uuid.apply(entryId)))
                    .returning()
                    .fetchOptional()
                    .map(this::entry));
        }
    }

    static final class Categories extends Store<Category, CategoryId, CategoriesRecord> implements CategoryRepository {
        Categories(Database db) {
            super(db, CATEGORIES, CATEGORIES.TENANT_ID, CATEGORIES.ID, CATEGORIES.DELETED_AT, EntityType.CATEGORY, CategoryId::value);
        }

        @Override
        CategoriesRecord row(Category c) {
            return new CategoriesRecord(c.tenant().value(), c.id().value(), c.name(), c.type().name(), Rows.ts(c.createdAt()),
                    Rows.ts(c.deletedAt()));
        }

        @Override
        Category entry(CategoriesRecord r) {
            return new Category(new CategoryId(r.getId()), TenantId.of(r.getTenantId()), r.getName(), CategoryType.valueOf(r.getType()),
                    Rows.instant(r.getCreatedAt()), Rows.optionalInstant(r.getDeletedAt()));
        }

        @Override
        String naturalKey(Category c) {
            return "name " + c.name();
        }
    }

    static final class Klasses extends Store<Klass, KlassId, KlassesRecord> implements KlassRepository {
        Klasses(Database db) {
            super(db, KLASSES, KLASSES.TENANT_ID, KLASSES.ID, KLASSES.DELETED_AT, EntityType.KLASS, KlassId::value);
        }

        @Override
        KlassesRecord row(Klass k) {
            return new KlassesRecord(k.tenant().value(), k.id().value(), k.name(), k.category().value(), pricing(k.pricing()),
                    Rows.ts(k.createdAt()), Rows.ts(k.deletedAt()));
        }

        @Override
        Klass entry(KlassesRecord r) {
            return new Klass(new KlassId(r.getId()), TenantId.of(r.getTenantId()), r.getName(), new CategoryId(r.getCategoryId()),
                    pricing(r.getPricing()), Rows.instant(r.getCreatedAt()), Rows.optionalInstant(r.getDeletedAt()));
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
            super(db, PRODUCTS, PRODUCTS.TENANT_ID, PRODUCTS.ID, PRODUCTS.DELETED_AT, EntityType.PRODUCT, ProductId::value);
        }

        @Override
        ProductsRecord row(Product p) {
            return new ProductsRecord(p.tenant().value(), p.id().value(), p.klass().value(), p.sku(), p.name(),
                    JsonText.jsonb(p.attributes()), Rows.ts(p.createdAt()), Rows.ts(p.deletedAt()));
        }

        @Override
        Product entry(ProductsRecord r) {
            return new Product(new ProductId(r.getId()), TenantId.of(r.getTenantId()), new KlassId(r.getKlassId()), r.getSku(),
                    r.getName(), JsonText.object(r.getAttributes()), Rows.instant(r.getCreatedAt()), Rows.optionalInstant(r.getDeletedAt()));
        }

        @Override
        String naturalKey(Product p) {
            return "sku " + p.sku();
        }
    }

    static final class Assets extends Store<Asset, AssetId, AssetsRecord> implements AssetRepository {
        Assets(Database db) {
            super(db, ASSETS, ASSETS.TENANT_ID, ASSETS.ID, ASSETS.DELETED_AT, EntityType.ASSET, AssetId::value);
        }

        @Override
        AssetsRecord row(Asset a) {
            return new AssetsRecord(a.tenant().value(), a.id().value(), a.product().value(), a.serialNumber(), Rows.ts(a.createdAt()),
                    Rows.ts(a.deletedAt()));
        }

        @Override
        Asset entry(AssetsRecord r) {
            return new Asset(new AssetId(r.getId()), TenantId.of(r.getTenantId()), new ProductId(r.getProductId()), r.getSerialNumber(),
                    Rows.instant(r.getCreatedAt()), Rows.optionalInstant(r.getDeletedAt()));
        }

        @Override
        String naturalKey(Asset a) {
            return "serial number " + a.serialNumber() + " of product " + a.product();
        }
    }

    static final class Modifiers extends Store<OrderModifier, OrderModifierId, OrderModifiersRecord> implements OrderModifierRepository {
        Modifiers(Database db) {
            super(db, ORDER_MODIFIERS, ORDER_MODIFIERS.TENANT_ID, ORDER_MODIFIERS.ID, ORDER_MODIFIERS.DELETED_AT, EntityType.MODIFIER,
                    OrderModifierId::value);
        }

        @Override
        OrderModifiersRecord row(OrderModifier m) {
            return new OrderModifiersRecord(m.tenant().value(), m.id().value(), m.name(), m.kind().name(), m.description().orElse(null),
                    Rows.ts(m.createdAt()), Rows.ts(m.deletedAt()));
        }

        @Override
        OrderModifier entry(OrderModifiersRecord r) {
            return new OrderModifier(new OrderModifierId(r.getId()), TenantId.of(r.getTenantId()), r.getName(),
                    ModifierKind.valueOf(r.getKind()), Optional.ofNullable(r.getDescription()), Rows.instant(r.getCreatedAt()),
                    Rows.optionalInstant(r.getDeletedAt()));
        }

        @Override
        String naturalKey(OrderModifier m) {
            return "name " + m.name();
        }
    }

    /**
     * Rules with typed columns: the condition's kinds as a text array and its other parts as
     * nullable columns; the effect as its type and the amount, currency or percent that type takes.
     */
    static final class ModifierRules extends Store<OrderModifierRule, OrderModifierRuleId, OrderModifierRulesRecord>
            implements OrderModifierRuleRepository {

        private final Modifiers modifiers;

        ModifierRules(Database db, Modifiers modifiers) {
            super(db, ORDER_MODIFIER_RULES, ORDER_MODIFIER_RULES.TENANT_ID, ORDER_MODIFIER_RULES.ID, ORDER_MODIFIER_RULES.DELETED_AT,
                    EntityType.MODIFIER_RULE, OrderModifierRuleId::value);
            this.modifiers = modifiers;
        }

        /** One statement: the tenant's live rules joined with their live modifiers, in rule id order. */
        @Override
        public ActiveModifierRules active(TenantId tenant) {
            List<Record> rows = db.run(tenant, dsl -> dsl.select(ORDER_MODIFIER_RULES.fields()).select(ORDER_MODIFIERS.fields())
                    .from(ORDER_MODIFIER_RULES)
                    .join(ORDER_MODIFIERS).on(ORDER_MODIFIERS.TENANT_ID.eq(ORDER_MODIFIER_RULES.TENANT_ID),
                            ORDER_MODIFIERS.ID.eq(ORDER_MODIFIER_RULES.MODIFIER_ID))
                    .where(ORDER_MODIFIER_RULES.TENANT_ID.eq(tenant.value()), ORDER_MODIFIER_RULES.DELETED_AT.isNull(),
                            ORDER_MODIFIERS.DELETED_AT.isNull())
                    .orderBy(ORDER_MODIFIER_RULES.ID)
                    .fetch());
            Map<OrderModifierId, OrderModifier> charged = new LinkedHashMap<>();
            List<OrderModifierRule> rules = rows.stream().map(r -> {
                OrderModifier m = modifiers.entry(r.into(ORDER_MODIFIERS));
                charged.putIfAbsent(m.id(), m);
                return entry(r.into(ORDER_MODIFIER_RULES));
            }).toList();
            return new ActiveModifierRules(rules, List.copyOf(charged.values()));
        }

        @Override
        OrderModifierRulesRecord row(OrderModifierRule rule) {
            OrderModifierRulesRecord r = new OrderModifierRulesRecord();
            OrderModifierRule.Condition c = rule.condition();
            r.setTenantId(rule.tenant().value());
            r.setId(rule.id().value());
            r.setModifierId(rule.modifier().value());
            r.setConditionKinds(c.kinds().stream().sorted().map(Enum::name).toArray(String[]::new));
            r.setConditionCategoryId(c.category().map(CategoryId::value).orElse(null));
            r.setConditionKlassId(c.klass().map(KlassId::value).orElse(null));
            r.setMinLineAmount(c.minLineAmount().map(Money::amount).orElse(null));
            r.setMinLineCurrency(c.minLineAmount().map(m -> m.currency().getCurrencyCode()).orElse(null));
            if (rule.effect() instanceof OrderModifierRule.Effect.Fixed f) {
                effect(r, OrderModifierRule.EffectType.FIXED, f.amount());
            } else if (rule.effect() instanceof OrderModifierRule.Effect.PerUnit p) {
                effect(r, OrderModifierRule.EffectType.PER_UNIT, p.amount());
            } else if (rule.effect() instanceof OrderModifierRule.Effect.Percent p) {
                r.setEffectType(OrderModifierRule.EffectType.PERCENT.name());
                r.setEffectPercent(p.percent());
            } else {
                throw new IllegalStateException("an effect this store does not know: " + rule.effect());
            }
            r.setCreatedAt(Rows.ts(rule.createdAt()));
            r.setDeletedAt(Rows.ts(rule.deletedAt()));
            return r;
        }

        private static void effect(OrderModifierRulesRecord r, OrderModifierRule.EffectType type, Money amount) {
            r.setEffectType(type.name());
            r.setEffectAmount(amount.amount());
            r.setEffectCurrency(amount.currency().getCurrencyCode());
        }

        @Override
        OrderModifierRule entry(OrderModifierRulesRecord r) {
            Set<LineItemKind> kinds = Arrays.stream(r.getConditionKinds()).map(LineItemKind::valueOf)
                    .collect(Collectors.toCollection(() -> EnumSet.noneOf(LineItemKind.class)));
            OrderModifierRule.Condition condition = new OrderModifierRule.Condition(kinds,
                    Optional.ofNullable(r.getConditionCategoryId()).map(CategoryId::new),
                    Optional.ofNullable(r.getConditionKlassId()).map(KlassId::new),
                    Optional.ofNullable(r.getMinLineAmount()).map(a -> Money.of(a, Currency.getInstance(r.getMinLineCurrency()))));
            OrderModifierRule.Effect effect = switch (OrderModifierRule.EffectType.valueOf(r.getEffectType())) {
                case FIXED -> new OrderModifierRule.Effect.Fixed(Money.of(r.getEffectAmount(), Currency.getInstance(r.getEffectCurrency())));
                case PER_UNIT -> new OrderModifierRule.Effect.PerUnit(Money.of(r.getEffectAmount(), Currency.getInstance(r.getEffectCurrency())));
                case PERCENT -> new OrderModifierRule.Effect.Percent(r.getEffectPercent());
            };
            return new OrderModifierRule(new OrderModifierRuleId(r.getId()), TenantId.of(r.getTenantId()),
                    new OrderModifierId(r.getModifierId()), condition, effect, Rows.instant(r.getCreatedAt()),
                    Rows.optionalInstant(r.getDeletedAt()));
        }

        @Override
        String naturalKey(OrderModifierRule rule) {
            return "id " + rule.id();
        }
    }
}
