package dev.ordercore.domain.testing;

import dev.ordercore.domain.catalog.Asset;
import dev.ordercore.domain.catalog.AssetId;
import dev.ordercore.domain.catalog.CatalogSnapshot;
import dev.ordercore.domain.catalog.Category;
import dev.ordercore.domain.catalog.CategoryId;
import dev.ordercore.domain.catalog.CategoryType;
import dev.ordercore.domain.catalog.Frequency;
import dev.ordercore.domain.catalog.Klass;
import dev.ordercore.domain.catalog.KlassId;
import dev.ordercore.domain.catalog.Product;
import dev.ordercore.domain.catalog.ProductId;
import dev.ordercore.domain.json.JsonObject;
import dev.ordercore.domain.shared.Money;
import dev.ordercore.domain.shared.TenantId;
import dev.ordercore.domain.shared.Uuids;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ArbitrarySupplier;
import net.jqwik.api.Combinators;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.function.Function;

/**
 * Small catalogs (seed 003, 001): one category of every {@link CategoryType}, one or two klasses in
 * each with a sale price and rental prices, one or two products per klass with wine-like attributes,
 * and up to two assets per product. Everything is made through {@code Category.create},
 * {@code Klass.create}, {@code Product.create} and {@code Asset.create}.
 *
 * <p>The lookups ({@link #klasses(CatalogSnapshot, CategoryType)} and friends) answer in id order,
 * so generators built on them are reproducible from jqwik's seed.
 */
public final class CatalogArbitraries {

    public static final int MAX_KLASSES_PER_CATEGORY = 2;
    public static final int MAX_PRODUCTS_PER_KLASS = 2;
    public static final int MAX_ASSETS_PER_PRODUCT = 2;

    private CatalogArbitraries() {
    }

    private record ProductSpec(String sku, String name, JsonObject attributes, int assets) {
    }

    private record KlassSpec(String name, Money salePrice, Money dayPrice, Money weekPrice, List<ProductSpec> products) {
    }

    public static Arbitrary<CatalogSnapshot> catalogs() {
        return Combinators.combine(ValueArbitraries.tenantIds(), ValueArbitraries.currencies()).flatAs(CatalogArbitraries::catalogs);
    }

    /** A catalog of {@code tenant} priced in {@code currency}, with a category of every type. */
    public static Arbitrary<CatalogSnapshot> catalogs(TenantId tenant, Currency currency) {
        int types = CategoryType.values().length;
        Arbitrary<List<List<KlassSpec>>> specs = klassSpecs(currency).list().ofMinSize(1).ofMaxSize(MAX_KLASSES_PER_CATEGORY)
                .list().ofSize(types);
        return Combinators.combine(specs, Arbitraries.longs()).as((s, seed) -> build(tenant, s, ValueArbitraries.uuidGenerator(seed)));
    }

    private static Arbitrary<KlassSpec> klassSpecs(Currency currency) {
        Arbitrary<String> names = Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(12).map(n -> "Klass " + n);
        Arbitrary<Money> prices = ValueArbitraries.money(currency, 100_000);
        Arbitrary<List<ProductSpec>> products = productSpecs().list().ofMinSize(1).ofMaxSize(MAX_PRODUCTS_PER_KLASS)
                .uniqueElements(ProductSpec::sku);
        return Combinators.combine(names, prices, prices, prices, products).as(KlassSpec::new);
    }

    private static Arbitrary<ProductSpec> productSpecs() {
        Arbitrary<String> skus = Arbitraries.strings().withChars("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-").ofMinLength(1).ofMaxLength(16)
                .map(s -> "SKU" + s);
        Arbitrary<String> names = Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(20).map(n -> "Product " + n);
        Arbitrary<JsonObject> attributes = Combinators.combine(
                Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(15),
                Arbitraries.integers().between(1990, 2030),
                Arbitraries.bigDecimals().between(BigDecimal.ZERO, BigDecimal.valueOf(40)).ofScale(1),
                Arbitraries.of(375, 750, 1500))
                .as((producer, vintage, alcohol, ml) -> JsonObject.builder()
                        .put("producer", producer)
                        .put("vintage", vintage)
                        .put("alcoholPercentage", alcohol.toPlainString())
                        .put("bottleSizeMl", ml)
                        .build());
        Arbitrary<Integer> assets = Arbitraries.integers().between(0, MAX_ASSETS_PER_PRODUCT);
        return Combinators.combine(skus, names, attributes, assets).as(ProductSpec::new);
    }

    private static CatalogSnapshot build(TenantId tenant, List<List<KlassSpec>> specs, Uuids uuids) {
        List<Category> categories = new ArrayList<>();
        List<Klass> klasses = new ArrayList<>();
        List<Product> products = new ArrayList<>();
        List<Asset> assets = new ArrayList<>();
        CategoryType[] types = CategoryType.values();
        int sku = 0;
        for (int t = 0; t < types.length; t++) {
            Category category = Category.create(CategoryId.next(uuids), tenant, "Category " + types[t], types[t], ValueArbitraries.EPOCH)
                    .orElseThrow(CatalogArbitraries::generatorBroken);
            categories.add(category);
            for (KlassSpec k : specs.get(t)) {
                Klass klass = Klass.create(KlassId.next(uuids), tenant, k.name(), category.id(), List.of(
                                price(null, k.salePrice()), price(Frequency.DAY, k.dayPrice()), price(Frequency.WEEK, k.weekPrice())),
                        ValueArbitraries.EPOCH).orElseThrow(CatalogArbitraries::generatorBroken);
                klasses.add(klass);
                for (ProductSpec p : k.products()) {
                    // SKUs are unique per tenant; the running number keeps generated ones apart.
                    Product product = Product.create(ProductId.next(uuids), tenant, klass.id(), p.sku() + "-" + sku++, p.name(),
                            p.attributes(), ValueArbitraries.EPOCH).orElseThrow(CatalogArbitraries::generatorBroken);
                    products.add(product);
                    for (int a = 0; a < p.assets(); a++) {
                        assets.add(Asset.create(AssetId.next(uuids), tenant, product.id(), "SN-" + product.sku() + "-" + a,
                                ValueArbitraries.EPOCH).orElseThrow(CatalogArbitraries::generatorBroken));
                    }
                }
            }
        }
        return CatalogSnapshot.of(categories, klasses, products, assets);
    }

    private static Klass.PriceDraft price(Frequency frequency, Money price) {
        return new Klass.PriceDraft(frequency, price.amount(), price.currency());
    }

    static IllegalStateException generatorBroken(Object error) {
        return new IllegalStateException("a generator made input the domain refuses: " + error);
    }

    // ---- lookups, in id order

    public static List<Category> categories(CatalogSnapshot catalog) {
        return sorted(catalog.categories().values(), c -> c.id().value());
    }

    public static List<Klass> klasses(CatalogSnapshot catalog) {
        return sorted(catalog.klasses().values(), k -> k.id().value());
    }

    /** The klasses whose category has {@code type}. */
    public static List<Klass> klasses(CatalogSnapshot catalog, CategoryType type) {
        return klasses(catalog).stream().filter(k -> typeOf(catalog, k) == type).toList();
    }

    /** The klasses whose category is not of {@code type}. */
    public static List<Klass> klassesExcept(CatalogSnapshot catalog, CategoryType type) {
        return klasses(catalog).stream().filter(k -> typeOf(catalog, k) != type).toList();
    }

    public static CategoryType typeOf(CatalogSnapshot catalog, Klass klass) {
        return catalog.category(klass.category()).orElseThrow().type();
    }

    public static List<Product> products(CatalogSnapshot catalog) {
        return sorted(catalog.products().values(), p -> p.id().value());
    }

    public static List<Product> products(CatalogSnapshot catalog, KlassId klass) {
        return products(catalog).stream().filter(p -> p.klass().equals(klass)).toList();
    }

    public static List<Asset> assets(CatalogSnapshot catalog) {
        return sorted(catalog.assets().values(), a -> a.id().value());
    }

    public static List<Asset> assets(CatalogSnapshot catalog, ProductId product) {
        return assets(catalog).stream().filter(a -> a.product().equals(product)).toList();
    }

    private static <T, K extends Comparable<K>> List<T> sorted(Collection<T> values, Function<T, K> key) {
        List<T> list = new ArrayList<>(values);
        list.sort(Comparator.comparing(key));
        return List.copyOf(list);
    }

    public static final class Catalogs implements ArbitrarySupplier<CatalogSnapshot> {
        @Override
        public Arbitrary<CatalogSnapshot> get() {
            return catalogs();
        }
    }
}
