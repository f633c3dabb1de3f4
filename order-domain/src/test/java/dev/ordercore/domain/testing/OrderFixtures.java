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
import dev.ordercore.domain.order.BillingDraft;
import dev.ordercore.domain.order.BillingTiming;
import dev.ordercore.domain.order.CustomerId;
import dev.ordercore.domain.order.LifecycleSet;
import dev.ordercore.domain.order.LineItemDraft;
import dev.ordercore.domain.order.Order;
import dev.ordercore.domain.order.OrderChange;
import dev.ordercore.domain.order.OrderDraft;
import dev.ordercore.domain.order.OrderIds;
import dev.ordercore.domain.order.Payer;
import dev.ordercore.domain.order.VendorId;
import dev.ordercore.domain.shared.OrderError;
import dev.ordercore.domain.shared.Result;
import dev.ordercore.domain.shared.RoundingPolicy;
import dev.ordercore.domain.shared.TenantId;
import dev.ordercore.domain.shared.Uuids;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.UUID;

/**
 * A fixed tenant for example-based tests: a small catalog with a category of every type (wine for
 * sale, an excavator to rent with serialized units, a repair service, spare parts, fees), one
 * customer and one vendor, and drafts of every kind of line that tests adjust with {@code toBuilder()}.
 * Ids are name-based, so examples read the same on every run.
 */
public final class OrderFixtures {

    public static final TenantId TENANT = TenantId.of("wine-and-rental");
    public static final Instant NOW = ValueArbitraries.EPOCH;
    /** The day lines happen on. */
    public static final LocalDate DAY = LocalDate.of(2026, 2, 1);
    public static final CustomerId CUSTOMER = new CustomerId(id("customer"));
    public static final VendorId VENDOR = new VendorId(id("vendor"));

    public static final Category WINES = category("Wines", CategoryType.SALE);
    public static final Category RENTAL_EQUIPMENT = category("Rental equipment", CategoryType.RENTAL);
    public static final Category REPAIRS = category("Repairs", CategoryType.SERVICE);
    public static final Category PARTS = category("Spare parts", CategoryType.PART);
    public static final Category FEES = category("Fees", CategoryType.FEE);

    public static final Klass CHABLIS = klass("Chablis", WINES);
    public static final Klass EXCAVATOR = klass("Excavator 3t", RENTAL_EQUIPMENT);
    public static final Klass REPAIR = klass("Repair visit", REPAIRS);
    public static final Klass FILTER = klass("Oil filter", PARTS);
    public static final Klass HANDLING = klass("Handling", FEES);

    public static final Product CHABLIS_2022 = product(CHABLIS, "WINE-CHABLIS-2022", "Chablis 2022", JsonObject.builder()
            .put("producer", "Domaine X").put("vintage", 2022).put("alcoholPercentage", "12.5").put("bottleSizeMl", 750).build());
    public static final Product EXCAVATOR_3T = product(EXCAVATOR, "EXC-3T", "Excavator 3t, diesel", JsonObject.empty());
    public static final Product REPAIR_ONSITE = product(REPAIR, "REP-ONSITE", "On-site repair", JsonObject.empty());
    public static final Product FILTER_A = product(FILTER, "FILTER-A", "Oil filter A", JsonObject.empty());
    public static final Asset EXCAVATOR_7 = asset(EXCAVATOR_3T, "EXC-7");
    public static final Asset EXCAVATOR_8 = asset(EXCAVATOR_3T, "EXC-8");

    public static final CatalogSnapshot CATALOG = CatalogSnapshot.of(
            List.of(WINES, RENTAL_EQUIPMENT, REPAIRS, PARTS, FEES),
            List.of(CHABLIS, EXCAVATOR, REPAIR, FILTER, HANDLING),
            List.of(CHABLIS_2022, EXCAVATOR_3T, REPAIR_ONSITE, FILTER_A),
            List.of(EXCAVATOR_7, EXCAVATOR_8));

    private OrderFixtures() {
    }

    /** The tenant trading in {@code currency}, rounding HALF_EVEN, with the default lifecycles. */
    public static TenantSetup setup(String currency) {
        return new TenantSetup(TENANT, Currency.getInstance(currency), CATALOG, RoundingPolicy.DEFAULT, LifecycleSet.DEFAULT,
                List.of(CUSTOMER), List.of(VENDOR));
    }

    public static TenantSetup setup() {
        return setup("SEK");
    }

    /** An order in SEK with no default customer or vendor (each line names its own) and no lines yet. */
    public static OrderDraft.Builder anOrder() {
        return OrderDraft.builder(Currency.getInstance("SEK"));
    }

    /** Twelve bottles of Chablis 2022 at 150.00 on {@link #DAY}. */
    public static LineItemDraft.Builder aSale() {
        return LineItemDraft.builder().product(CHABLIS_2022.id()).quantity(12).unitPrice("150.00").on(DAY).customer(CUSTOMER);
    }

    /** Excavator #7 for ten days, billed weekly in arrears, 30 days' terms, paid by the customer. */
    public static LineItemDraft.Builder aRental() {
        return LineItemDraft.builder().asset(EXCAVATOR_7.id()).unitPrice("4900.00").period(DAY, DAY.plusDays(10)).customer(CUSTOMER)
                .billing(BillingDraft.recurring(BillingTiming.IN_ARREARS, Frequency.WEEK, 30, Payer.CUSTOMER));
    }

    /** An on-site repair visit on {@link #DAY}. */
    public static LineItemDraft.Builder aService() {
        return LineItemDraft.builder().klass(REPAIR.id()).unitPrice("950.00").on(DAY).customer(CUSTOMER);
    }

    /** Forty oil filters bought from {@link #VENDOR}, paid by the business. */
    public static LineItemDraft.Builder aPurchase() {
        return LineItemDraft.builder().product(FILTER_A.id()).quantity(40).unitPrice("35.50").on(DAY).vendor(VENDOR)
                .billing(BillingDraft.once(14, Payer.BUSINESS));
    }

    /** A delivery charge. */
    public static LineItemDraft.Builder aCharge() {
        return LineItemDraft.builder().description("Delivery").unitPrice("250.00").on(DAY).customer(CUSTOMER);
    }

    /** Places {@code draft} in {@code setup} with ids from {@code seed}. */
    public static Result<OrderChange, OrderError> place(TenantSetup setup, OrderDraft draft, long seed) {
        Uuids uuids = ValueArbitraries.uuidGenerator(seed);
        return Order.place(OrderArbitraries.placement(setup, draft, uuids, OrderIds.fresh(uuids), seed));
    }

    public static Result<OrderChange, OrderError> place(OrderDraft draft) {
        return place(setupFor(draft), draft, 1);
    }

    /** Places {@code draft}, which must be valid, and answers the order with its journal. */
    public static PlacedOrder placed(OrderDraft draft) {
        return OrderArbitraries.place(setupFor(draft), draft, 1);
    }

    public static PlacedOrder placed(TenantSetup setup, OrderDraft draft) {
        return OrderArbitraries.place(setup, draft, 1);
    }

    private static TenantSetup setupFor(OrderDraft draft) {
        return setup(draft.currency().getCurrencyCode());
    }

    private static UUID id(String name) {
        return Uuids.nameBased("fixture", name);
    }

    private static Category category(String name, CategoryType type) {
        return Category.create(new CategoryId(id(name)), TENANT, name, type, NOW).orElseThrow(CatalogArbitraries::generatorBroken);
    }

    private static Klass klass(String name, Category category) {
        Currency sek = Currency.getInstance("SEK");
        return Klass.create(new KlassId(id(name)), TENANT, name, category.id(), List.of(
                        new Klass.PriceDraft(null, new BigDecimal("1000.00"), sek),
                        new Klass.PriceDraft(Frequency.DAY, new BigDecimal("900.00"), sek),
                        new Klass.PriceDraft(Frequency.WEEK, new BigDecimal("4000.00"), sek)), NOW)
                .orElseThrow(CatalogArbitraries::generatorBroken);
    }

    private static Product product(Klass klass, String sku, String name, JsonObject attributes) {
        return Product.create(new ProductId(id(sku)), TENANT, klass.id(), sku, name, attributes, NOW)
                .orElseThrow(CatalogArbitraries::generatorBroken);
    }

    private static Asset asset(Product product, String serial) {
        return Asset.create(new AssetId(id(serial)), TENANT, product.id(), serial, NOW).orElseThrow(CatalogArbitraries::generatorBroken);
    }
}
