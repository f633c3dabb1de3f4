package dev.ordercore.domain.catalog;

import dev.ordercore.domain.json.JsonArray;
import dev.ordercore.domain.json.JsonObject;
import dev.ordercore.domain.shared.Money;
import dev.ordercore.domain.shared.OrderError;
import dev.ordercore.domain.shared.Result;
import dev.ordercore.domain.shared.TenantId;
import dev.ordercore.domain.shared.Violation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** Seed 003's catalog: categories, klasses with prices as data, products and assets, and how events carry them. */
class CatalogTest {

    private static final TenantId TENANT = TenantId.of("rental-shop");
    private static final Instant NOW = Instant.parse("2026-01-14T10:00:00Z");
    private static final Currency SEK = Currency.getInstance("SEK");
    private static final Currency EUR = Currency.getInstance("EUR");
    private final CategoryId equipment = new CategoryId(UUID.fromString("0190d2a4-7c2e-7d3b-9c1f-0000000000c1"));
    private final KlassId excavator = new KlassId(UUID.fromString("0190d2a4-7c2e-7d3b-9c1f-0000000000a1"));

    private static List<Violation> violations(Result<?, OrderError> refused) {
        return ((OrderError.ValidationFailed) refused.error()).violations();
    }

    private Result<Klass, OrderError> klass(List<Klass.PriceDraft> pricing) {
        return Klass.create(excavator, TENANT, " Excavator 3t ", equipment, pricing, NOW);
    }

    @Test
    @DisplayName("R32 a klass answers its price for a frequency in a currency and nothing for prices it does not have")
    void r32_a_klass_answers_its_price_for_a_frequency_in_a_currency_and_nothing_for_prices_it_does_not_have() {
        Klass k = klass(List.of(new Klass.PriceDraft(null, new BigDecimal("250000.00"), SEK),
                new Klass.PriceDraft(Frequency.DAY, new BigDecimal("900.00"), SEK),
                new Klass.PriceDraft(Frequency.DAY, new BigDecimal("80"), EUR),
                new Klass.PriceDraft(Frequency.WEEK, new BigDecimal("4000"), SEK))).value();

        assertThat(k.name()).isEqualTo("Excavator 3t");
        assertThat(k.pricing()).hasSize(4);
        assertThat(k.price(Optional.empty(), SEK)).contains(Money.of(new BigDecimal("250000.00"), SEK));
        assertThat(k.price(Optional.of(Frequency.DAY), SEK)).contains(Money.of(new BigDecimal("900.00"), SEK));
        assertThat(k.price(Optional.of(Frequency.DAY), EUR)).contains(Money.of(new BigDecimal("80.00"), EUR));
        assertThat(k.price(Optional.of(Frequency.WEEK), EUR)).isEmpty();
        assertThat(k.price(Optional.empty(), EUR)).isEmpty();
        assertThat(k.price(Optional.of(Frequency.MONTH), SEK)).isEmpty();
        assertThat(k.pricing().get(0).isSalePrice()).isTrue();
        assertThat(k.pricing().get(1).isSalePrice()).isFalse();
    }

    @Test
    @DisplayName("a klass has one price per frequency and currency and says which one appears twice")
    void a_klass_has_one_price_per_frequency_and_currency_and_says_which_one_appears_twice() {
        Result<Klass, OrderError> refused = klass(List.of(new Klass.PriceDraft(Frequency.DAY, new BigDecimal("900"), SEK),
                new Klass.PriceDraft(null, new BigDecimal("250000"), SEK),
                new Klass.PriceDraft(Frequency.DAY, new BigDecimal("950"), SEK),
                new Klass.PriceDraft(null, new BigDecimal("24000"), SEK),
                new Klass.PriceDraft(Frequency.DAY, new BigDecimal("85"), EUR)));

        assertThat(violations(refused)).extracting(Violation::path, Violation::code, Violation::message).containsExactly(
                tuple("pricing[2]", "duplicate_price", "a klass has one DAY price per currency; SEK appears twice"),
                tuple("pricing[3]", "duplicate_price", "a klass has one sale price per currency; SEK appears twice"));
    }

    @Test
    @DisplayName("a klass reports every wrong price entry with its index and a missing category and name")
    void a_klass_reports_every_wrong_price_entry_with_its_index_and_a_missing_category_and_name() {
        List<Klass.PriceDraft> pricing = new ArrayList<>();
        pricing.add(null);
        pricing.add(new Klass.PriceDraft(Frequency.DAY, new BigDecimal("-1"), SEK));
        pricing.add(new Klass.PriceDraft(Frequency.DAY, new BigDecimal("1.005"), SEK));
        pricing.add(new Klass.PriceDraft(Frequency.WEEK, null, null));
        pricing.add(new Klass.PriceDraft(Frequency.MONTH, new BigDecimal("10"), Currency.getInstance("XAU")));

        Result<Klass, OrderError> refused = Klass.create(excavator, TENANT, "  ", null, pricing, NOW);

        assertThat(violations(refused)).extracting(Violation::path, Violation::code).containsExactly(
                tuple("pricing[0]", "required"),
                tuple("pricing[1].price", "negative"),
                tuple("pricing[2].price", "too_many_decimals"),
                tuple("pricing[3].price", "required"),
                tuple("pricing[3].currency", "required"),
                tuple("pricing[4].currency", "invalid_currency"),
                tuple("name", "blank"),
                tuple("categoryId", "required"));
        assertThat(violations(refused).get(2).message()).isEqualTo("SEK prices have at most 2 decimals");
    }

    @Test
    @DisplayName("a klass without prices can be created and prices with trailing zeros are not too precise")
    void a_klass_without_prices_can_be_created_and_prices_with_trailing_zeros_are_not_too_precise() {
        assertThat(klass(null).value().pricing()).isEmpty();
        assertThat(klass(List.of(new Klass.PriceDraft(Frequency.DAY, new BigDecimal("900.0000"), SEK))).value().pricing())
                .containsExactly(KlassPricing.per(Frequency.DAY, Money.of(new BigDecimal("900.00"), SEK)));
    }

    @Test
    @DisplayName("names have at most 200 characters and the checks apply to every catalog entry")
    void names_have_at_most_200_characters_and_the_checks_apply_to_every_catalog_entry() {
        CategoryId id = new CategoryId(UUID.randomUUID());

        assertThat(Category.create(id, TENANT, "n".repeat(200), CategoryType.RENTAL, NOW).value().name()).hasSize(200);
        assertThat(violations(Category.create(id, TENANT, "n".repeat(201), CategoryType.RENTAL, NOW)))
                .extracting(Violation::path, Violation::code, Violation::message)
                .containsExactly(tuple("name", "too_long", "name has at most 200 characters"));
        assertThat(violations(Category.create(id, TENANT, " ", null, NOW))).extracting(Violation::path, Violation::code)
                .containsExactly(tuple("name", "blank"), tuple("type", "required"));
        assertThat(violations(Product.create(new ProductId(UUID.randomUUID()), TENANT, null, "EXC 3T", "", null, NOW)))
                .extracting(Violation::path, Violation::code)
                .containsExactly(tuple("sku", "invalid_sku"), tuple("name", "blank"), tuple("klassId", "required"));
        assertThat(violations(Asset.create(new AssetId(UUID.randomUUID()), TENANT, null, "s".repeat(101), NOW)))
                .extracting(Violation::path, Violation::code)
                .containsExactly(tuple("serialNumber", "too_long"), tuple("productId", "required"));
        assertThat(Asset.create(new AssetId(UUID.randomUUID()), TENANT, new ProductId(UUID.randomUUID()), "s".repeat(100), NOW)
                .value().serialNumber()).hasSize(100);
    }

    @Test
    @DisplayName("a product without attributes has empty ones and attributes over 16 kib are refused")
    void a_product_without_attributes_has_empty_ones_and_attributes_over_16_kib_are_refused() {
        ProductId id = new ProductId(UUID.randomUUID());
        JsonObject huge = JsonObject.builder().put("notes", "x".repeat(Product.MAX_ATTRIBUTES_BYTES)).build();

        assertThat(Product.create(id, TENANT, excavator, "EXC-3T", " Excavator 3t ", null, NOW).value())
                .isEqualTo(new Product(id, TENANT, excavator, "EXC-3T", "Excavator 3t", JsonObject.empty(), NOW));
        assertThat(violations(Product.create(id, TENANT, excavator, "EXC-3T", "Excavator 3t", huge, NOW)))
                .extracting(Violation::path, Violation::code).containsExactly(tuple("attributes", "too_large"));
    }

    @Test
    @DisplayName("catalog entries travel in events in the field names of the http api")
    void catalog_entries_travel_in_events_in_the_field_names_of_the_http_api() {
        Category category = Category.create(equipment, TENANT, "Rental equipment", CategoryType.RENTAL, NOW).value();
        Klass k = klass(List.of(new Klass.PriceDraft(null, new BigDecimal("250000.00"), SEK),
                new Klass.PriceDraft(Frequency.DAY, new BigDecimal("900.00"), SEK))).value();
        Product product = Product.create(new ProductId(UUID.fromString("0190d2a4-7c2e-7d3b-9c1f-0000000000b2")), TENANT, excavator,
                "EXC-3T", "Excavator 3t, diesel", JsonObject.builder().put("weightKg", 3000).build(), NOW).value();
        Asset asset = Asset.create(new AssetId(UUID.fromString("0190d2a4-7c2e-7d3b-9c1f-0000000000c3")), TENANT, product.id(), "EXC-7",
                NOW).value();

        assertThat(CatalogJson.of(category)).isEqualTo(JsonObject.builder().put("id", equipment.value().toString()).put("name", "Rental equipment")
                .put("type", "RENTAL").put("createdAt", NOW.toString()).build());
        assertThat(CatalogJson.of(k)).isEqualTo(JsonObject.builder().put("id", excavator.value().toString()).put("name", "Excavator 3t")
                .put("categoryId", equipment.value().toString())
                .put("pricing", JsonArray.of(
                        JsonObject.builder().put("price", new BigDecimal("250000.00")).put("currency", "SEK").putNull("frequency").build(),
                        JsonObject.builder().put("price", new BigDecimal("900.00")).put("currency", "SEK").put("frequency", "DAY").build()))
                .put("createdAt", NOW.toString()).build());
        assertThat(CatalogJson.of(product)).isEqualTo(JsonObject.builder().put("id", product.id().value().toString())
                .put("klassId", excavator.value().toString()).put("sku", "EXC-3T").put("name", "Excavator 3t, diesel")
                .put("attributes", JsonObject.builder().put("weightKg", 3000).build()).put("createdAt", NOW.toString()).build());
        assertThat(CatalogJson.of(asset)).isEqualTo(JsonObject.builder().put("id", asset.id().value().toString())
                .put("productId", product.id().value().toString()).put("serialNumber", "EXC-7").put("createdAt", NOW.toString()).build());

        CatalogEvents.CatalogEntryCreated created = new CatalogEvents.CatalogEntryCreated(TENANT, "klass", excavator.value().toString(),
                CatalogJson.of(k), NOW);
        assertThat(created.type()).isEqualTo("CatalogEntryCreated");
        assertThat(created.aggregateType()).isEqualTo("klass");
        assertThat(created.aggregateId()).isEqualTo(excavator.value().toString());
    }

    @Test
    @DisplayName("R35 a tenants view of the catalog holds only its own entries")
    void r35_a_tenants_view_of_the_catalog_holds_only_its_own_entries() {
        TenantId other = TenantId.of("other-shop");
        Category mine = Category.create(equipment, TENANT, "Rental equipment", CategoryType.RENTAL, NOW).value();
        Category theirs = Category.create(new CategoryId(UUID.randomUUID()), other, "Wines", CategoryType.SALE, NOW).value();
        Klass k = klass(List.of()).value();

        CatalogSnapshot all = CatalogSnapshot.of(List.of(mine, theirs), List.of(k), List.of(), List.of());
        CatalogSnapshot own = all.ofTenant(TENANT);

        assertThat(own.categories().values()).containsExactly(mine);
        assertThat(own.klass(excavator)).contains(k);
        assertThat(own.category(theirs.id())).isEmpty();
        assertThat(all.ofTenant(other).klasses()).isEmpty();
        assertThat(CatalogSnapshot.empty().category(equipment)).isEmpty();
    }
}
