package dev.ordercore.adapter.inmemory;

import dev.ordercore.application.port.out.ActiveModifierRules;
import dev.ordercore.application.port.out.AssetRepository;
import dev.ordercore.application.port.out.CatalogRepository;
import dev.ordercore.application.port.out.CategoryRepository;
import dev.ordercore.application.port.out.DuplicateKeyException;
import dev.ordercore.application.port.out.KlassRepository;
import dev.ordercore.application.port.out.OrderModifierRepository;
import dev.ordercore.application.port.out.OrderModifierRuleRepository;
import dev.ordercore.application.port.out.ProductRepository;
import dev.ordercore.domain.catalog.Asset;
import dev.ordercore.domain.catalog.AssetId;
import dev.ordercore.domain.catalog.Category;
import dev.ordercore.domain.catalog.CategoryId;
import dev.ordercore.domain.catalog.Klass;
import dev.ordercore.domain.catalog.KlassId;
import dev.ordercore.domain.catalog.OrderModifier;
import dev.ordercore.domain.catalog.OrderModifierId;
import dev.ordercore.domain.catalog.OrderModifierRule;
import dev.ordercore.domain.catalog.OrderModifierRuleId;
import dev.ordercore.domain.catalog.Product;
import dev.ordercore.domain.catalog.ProductId;
import dev.ordercore.domain.shared.EntityType;
import dev.ordercore.domain.shared.TenantId;
import dev.ordercore.domain.shared.Uuids;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * One catalog store: entries by tenant and id (listed in id order) and a unique natural key, which
 * a deleted entry keeps. Entries are never removed, only replaced by their deleted selves.
 *
 * @param <T> the entry
 * @param <I> its id
 */
class InMemoryCatalogRepository<T, I> implements CatalogRepository<T, I> {

    private record Key(TenantId tenant, UUID id) {
    }

    final InMemoryDatabase db;
    private final EntityType type;
    private final Function<T, TenantId> tenantOf;
    private final Function<T, UUID> idOf;
    private final Function<I, UUID> uuid;
    private final Function<T, String> naturalKey;
    private final Function<T, Optional<Instant>> deletedAt;
    private final BiFunction<T, Instant, T> deleted;
    private final Map<TenantId, NavigableMap<UUID, T>> entries = new HashMap<>();
    private final Map<String, UUID> naturalKeys = new HashMap<>();

    InMemoryCatalogRepository(InMemoryDatabase db, EntityType type, Function<T, TenantId> tenantOf, Function<T, UUID> idOf,
                              Function<I, UUID> uuid, Function<T, String> naturalKey, Function<T, Optional<Instant>> deletedAt,
                              BiFunction<T, Instant, T> deleted) {
        this.db = db;
        this.type = type;
        this.tenantOf = tenantOf;
        this.idOf = idOf;
        this.uuid = uuid;
        this.naturalKey = naturalKey;
        this.deletedAt = deletedAt;
        this.deleted = deleted;
    }

    @Override
    public void insert(T entry) {
        db.write(() -> {
            TenantId tenant = tenantOf.apply(entry);
            NavigableMap<UUID, T> tenantEntries = entries.get(tenant);
            if (tenantEntries == null) {
                tenantEntries = new TreeMap<>(Uuids.BYTE_ORDER);
                db.put(entries, tenant, tenantEntries);
            }
            UUID id = idOf.apply(entry);
            if (tenantEntries.containsKey(id)) {
                throw new DuplicateKeyException(type, "id " + id);
            }
            String natural = tenant + "\u001F" + naturalKey.apply(entry);
            if (naturalKeys.containsKey(natural)) {
                throw new DuplicateKeyException(type, naturalKey.apply(entry));
            }
            db.put(tenantEntries, id, entry);
            db.put(naturalKeys, natural, id);
            return null;
        });
    }

    @Override
    public Optional<T> find(TenantId tenant, I id) {
        return db.read(() -> Optional.ofNullable(entries.getOrDefault(tenant, new TreeMap<>(Uuids.BYTE_ORDER)).get(uuid.apply(id))));
    }

    @Override
    public List<T> findAll(TenantId tenant, Collection<I> ids) {
        return db.read(() -> {
            NavigableMap<UUID, T> tenantEntries = entries.getOrDefault(tenant, new TreeMap<>(Uuids.BYTE_ORDER));
            return ids.stream().distinct().map(id -> tenantEntries.get(uuid.apply(id))).filter(Objects::nonNull).toList();
        });
    }

    @Override
    public List<T> list(TenantId tenant, Optional<I> after, int limit, boolean includeDeleted) {
        return db.read(() -> {
            NavigableMap<UUID, T> tenantEntries = entries.getOrDefault(tenant, new TreeMap<>(Uuids.BYTE_ORDER));
            NavigableMap<UUID, T> rest = after.map(a -> tenantEntries.tailMap(uuid.apply(a), false)).orElse(tenantEntries);
            List<T> page = new ArrayList<>();
            for (T entry : rest.values()) {
                if (page.size() == limit) {
                    break;
                }
                if (includeDeleted || deletedAt.apply(entry).isEmpty()) {
                    page.add(entry);
                }
            }
            return page;
        });
    }

    @Override
    public Optional<T> markDeleted(TenantId tenant, I id, Instant at) {
        return db.write(() -> {
            NavigableMap<UUID, T> tenantEntries = entries.get(tenant);
            T entry = tenantEntries == null ? null : tenantEntries.get(uuid.apply(id));
            if (entry == null) {
                return Optional.empty();
            }
            if (deletedAt.apply(entry).isEmpty()) {
                entry = deleted.apply(entry, at);
                db.put(tenantEntries, uuid.apply(id), entry);
            }
            return Optional.of(entry);
        });
    }

    /** What the entries of {@code tenant} are now, in id order; for stores that read across entry types. */
    List<T> all(TenantId tenant) {
        return List.copyOf(entries.getOrDefault(tenant, new TreeMap<>(Uuids.BYTE_ORDER)).values());
    }

    static final class Categories extends InMemoryCatalogRepository<Category, CategoryId> implements CategoryRepository {
        Categories(InMemoryDatabase db) {
            super(db, EntityType.CATEGORY, Category::tenant, c -> c.id().value(), CategoryId::value, c -> "name " + c.name(),
                    Category::deletedAt, Category::deleted);
        }
    }

    static final class Klasses extends InMemoryCatalogRepository<Klass, KlassId> implements KlassRepository {
        Klasses(InMemoryDatabase db) {
            super(db, EntityType.KLASS, Klass::tenant, k -> k.id().value(), KlassId::value,
                    k -> "name " + k.name() + " in category " + k.category(), Klass::deletedAt, Klass::deleted);
        }
    }

    static final class Products extends InMemoryCatalogRepository<Product, ProductId> implements ProductRepository {
        Products(InMemoryDatabase db) {
            super(db, EntityType.PRODUCT, Product::tenant, p -> p.id().value(), ProductId::value, p -> "sku " + p.sku(),
                    Product::deletedAt, Product::deleted);
        }
    }

    static final class Assets extends InMemoryCatalogRepository<Asset, AssetId> implements AssetRepository {
        Assets(InMemoryDatabase db) {
            super(db, EntityType.ASSET, Asset::tenant, a -> a.id().value(), AssetId::value,
                    a -> "serial number " + a.serialNumber() + " of product " + a.product(), Asset::deletedAt, Asset::deleted);
        }
    }

    static final class Modifiers extends InMemoryCatalogRepository<OrderModifier, OrderModifierId> implements OrderModifierRepository {
        Modifiers(InMemoryDatabase db) {
            super(db, EntityType.MODIFIER, OrderModifier::tenant, m -> m.id().value(), OrderModifierId::value, m -> "name " + m.name(),
                    OrderModifier::deletedAt, (m, at) -> m.isDeleted() ? m : m.deleted(at));
        }
    }

    /** Rules have no natural key besides their id. Active rules are read together with the modifier store, under one lock. */
    static final class ModifierRules extends InMemoryCatalogRepository<OrderModifierRule, OrderModifierRuleId>
            implements OrderModifierRuleRepository {

        private final Modifiers modifiers;

        ModifierRules(InMemoryDatabase db, Modifiers modifiers) {
            super(db, EntityType.MODIFIER_RULE, OrderModifierRule::tenant, r -> r.id().value(), OrderModifierRuleId::value,
                    r -> "id " + r.id(), OrderModifierRule::deletedAt, (r, at) -> r.isDeleted() ? r : r.deleted(at));
            this.modifiers = modifiers;
        }

        @Override
        public ActiveModifierRules active(TenantId tenant) {
            return db.read(() -> {
                Map<OrderModifierId, OrderModifier> live = new LinkedHashMap<>();
                modifiers.all(tenant).stream().filter(m -> !m.isDeleted()).forEach(m -> live.put(m.id(), m));
                List<OrderModifierRule> rules = all(tenant).stream()
                        .filter(r -> !r.isDeleted() && live.containsKey(r.modifier()))
                        .toList();
                Set<OrderModifierId> charged = new HashSet<>();
                rules.forEach(r -> charged.add(r.modifier()));
                return new ActiveModifierRules(rules, live.values().stream().filter(m -> charged.contains(m.id())).toList());
            });
        }
    }
}
