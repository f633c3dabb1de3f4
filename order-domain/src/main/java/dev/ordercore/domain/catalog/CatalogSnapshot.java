package dev.ordercore.domain.catalog;

import dev.ordercore.domain.shared.TenantId;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * The catalog entries an order refers to, looked up in the order's tenant before the order is
 * placed or adjusted. Anything missing from it is unknown to the order (R35: another tenant's
 * entries look exactly like missing ones).
 */
public record CatalogSnapshot(Map<CategoryId, Category> categories, Map<KlassId, Klass> klasses,
                              Map<ProductId, Product> products, Map<AssetId, Asset> assets,
                              Map<OrderModifierId, OrderModifier> modifiers, List<OrderModifierRule> rules) {

    public CatalogSnapshot {
        categories = Map.copyOf(categories);
        klasses = Map.copyOf(klasses);
        products = Map.copyOf(products);
        assets = Map.copyOf(assets);
        modifiers = Map.copyOf(modifiers);
        rules = List.copyOf(rules);
    }

    public CatalogSnapshot(Map<CategoryId, Category> categories, Map<KlassId, Klass> klasses,
                           Map<ProductId, Product> products, Map<AssetId, Asset> assets) {
        this(categories, klasses, products, assets, Map.of(), List.of());
    }

    public static CatalogSnapshot empty() {
        return new CatalogSnapshot(Map.of(), Map.of(), Map.of(), Map.of());
    }

    /**
     * This snapshot with the tenant's modifiers and the rules that charge them (R33). Lines may name
     * any of {@code modifiers}; rules are applied when they and their modifier are not deleted.
     */
    public CatalogSnapshot withModifiers(Collection<OrderModifier> modifiers, Collection<OrderModifierRule> rules) {
        return new CatalogSnapshot(categories, klasses, products, assets,
                modifiers.stream().collect(Collectors.toMap(OrderModifier::id, Function.identity())), List.copyOf(rules));
    }

    public static CatalogSnapshot of(Collection<Category> categories, Collection<Klass> klasses,
                                     Collection<Product> products, Collection<Asset> assets) {
        return new CatalogSnapshot(
                categories.stream().collect(Collectors.toMap(Category::id, Function.identity())),
                klasses.stream().collect(Collectors.toMap(Klass::id, Function.identity())),
                products.stream().collect(Collectors.toMap(Product::id, Function.identity())),
                assets.stream().collect(Collectors.toMap(Asset::id, Function.identity())));
    }

    /**
     * This snapshot as it was before anything in it was deleted: a replayed intent (R24) is decided
     * as it was when it was first accepted, whatever the catalog has retired since. New orders and
     * new intents never use it: they refuse deleted entries.
     */
    public CatalogSnapshot asBeforeDeletions() {
        return new CatalogSnapshot(
                remap(categories, c -> new Category(c.id(), c.tenant(), c.name(), c.type(), c.createdAt())),
                remap(klasses, k -> new Klass(k.id(), k.tenant(), k.name(), k.category(), k.pricing(), k.createdAt())),
                remap(products, p -> new Product(p.id(), p.tenant(), p.klass(), p.sku(), p.name(), p.attributes(), p.createdAt())),
                remap(assets, a -> new Asset(a.id(), a.tenant(), a.product(), a.serialNumber(), a.createdAt())),
                remap(modifiers, m -> new OrderModifier(m.id(), m.tenant(), m.name(), m.kind(), m.description(), m.createdAt(),
                        Optional.empty())),
                rules);
    }

    private static <K, V> Map<K, V> remap(Map<K, V> entries, UnaryOperator<V> f) {
        return entries.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> f.apply(e.getValue())));
    }

    /** Only the entries of {@code tenant}. */
    public CatalogSnapshot ofTenant(TenantId tenant) {
        return new CatalogSnapshot(only(categories, tenant, Category::tenant), only(klasses, tenant, Klass::tenant),
                only(products, tenant, Product::tenant), only(assets, tenant, Asset::tenant),
                only(modifiers, tenant, OrderModifier::tenant), rules.stream().filter(r -> r.tenant().equals(tenant)).toList());
    }

    private static <K, V> Map<K, V> only(Map<K, V> entries, TenantId tenant, Function<V, TenantId> tenantOf) {
        return entries.entrySet().stream()
                .filter(e -> tenantOf.apply(e.getValue()).equals(tenant))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    public Optional<Category> category(CategoryId id) {
        return Optional.ofNullable(categories.get(id));
    }

    public Optional<Klass> klass(KlassId id) {
        return Optional.ofNullable(klasses.get(id));
    }

    public Optional<Product> product(ProductId id) {
        return Optional.ofNullable(products.get(id));
    }

    public Optional<Asset> asset(AssetId id) {
        return Optional.ofNullable(assets.get(id));
    }

    public Optional<OrderModifier> modifier(OrderModifierId id) {
        return Optional.ofNullable(modifiers.get(id));
    }
}
