package dev.ordercore.domain.catalog;

import dev.ordercore.domain.json.JsonObject;
import dev.ordercore.domain.json.JsonValue;
import dev.ordercore.domain.order.LineItemKind;
import dev.ordercore.domain.shared.Money;
import dev.ordercore.domain.shared.TenantId;
import dev.ordercore.domain.shared.Violation;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** Catalog entries are deleted softly and keep the time they were first deleted; klass prices fit their category; events carry modifiers and rules. */
class SoftDeleteAndModifierJsonTest {

    private static final TenantId TENANT = TenantId.of("rental-shop");
    private static final Instant NOW = Instant.parse("2026-01-14T10:00:00Z");
    private static final Instant LATER = NOW.plusSeconds(3600);
    private static final Currency SEK = Currency.getInstance("SEK");

    private static UUID id(String name) {
        return UUID.nameUUIDFromBytes(name.getBytes());
    }

    private final Category rental = Category.create(new CategoryId(id("c")), TENANT, "Rental", CategoryType.RENTAL, NOW).value();
    private final Klass excavator = Klass.create(new KlassId(id("k")), TENANT, "Excavator", rental.id(),
            List.of(new Klass.PriceDraft(Frequency.DAY, new BigDecimal("900.00"), SEK)), NOW).value();
    private final Product product = Product.create(new ProductId(id("p")), TENANT, excavator.id(), "EXC-3T", "Excavator 3t",
            JsonObject.empty(), NOW).value();
    private final Asset unit = Asset.create(new AssetId(id("a")), TENANT, product.id(), "EXC-7", NOW).value();

    @Test
    void new_entries_are_not_deleted_and_deleting_marks_them_with_the_time() {
        assertThat(List.of(rental.isDeleted(), excavator.isDeleted(), product.isDeleted(), unit.isDeleted())).containsOnly(false);

        assertThat(rental.deleted(NOW).deletedAt()).contains(NOW);
        assertThat(excavator.deleted(NOW).deletedAt()).contains(NOW);
        assertThat(product.deleted(NOW).deletedAt()).contains(NOW);
        assertThat(unit.deleted(NOW).deletedAt()).contains(NOW);
        assertThat(excavator.deleted(NOW)).usingRecursiveComparison().ignoringFields("deletedAt").isEqualTo(excavator);
    }

    @Test
    void deleting_again_keeps_the_time_of_the_first_deletion() {
        assertThat(rental.deleted(NOW).deleted(LATER).deletedAt()).contains(NOW);
        assertThat(excavator.deleted(NOW).deleted(LATER).deletedAt()).contains(NOW);
        assertThat(product.deleted(NOW).deleted(LATER).deletedAt()).contains(NOW);
        assertThat(unit.deleted(NOW).deleted(LATER).deletedAt()).contains(NOW);
    }

    @Test
    void a_klass_in_a_sale_or_part_category_has_sale_prices_only_and_every_frequency_is_reported_with_its_index() {
        List<Klass.PriceDraft> prices = List.of(new Klass.PriceDraft(null, new BigDecimal("150.00"), SEK),
                new Klass.PriceDraft(Frequency.DAY, new BigDecimal("90.00"), SEK),
                new Klass.PriceDraft(Frequency.WEEK, new BigDecimal("400.00"), SEK));

        assertThat(Klass.pricingFits(CategoryType.SALE, prices)).extracting(Violation::path, Violation::code).containsExactly(
                tuple("pricing[1].frequency", "frequency_not_allowed"), tuple("pricing[2].frequency", "frequency_not_allowed"));
        assertThat(Klass.pricingFits(CategoryType.PART, prices)).hasSize(2);
        assertThat(Klass.pricingFits(CategoryType.RENTAL, prices)).isEmpty();
        assertThat(Klass.pricingFits(CategoryType.SERVICE, prices)).isEmpty();
        assertThat(Klass.pricingFits(CategoryType.SALE, prices.subList(0, 1))).isEmpty();
        assertThat(Klass.pricingFits(CategoryType.SALE, null)).isEmpty();
    }

    @Test
    void events_carry_a_deleted_entry_with_its_deleted_at_and_a_live_one_without() {
        assertThat(CatalogJson.of(product).get("deletedAt")).isEmpty();
        assertThat(CatalogJson.of(product.deleted(NOW)).get("deletedAt")).contains(JsonValue.of(NOW.toString()));
        assertThat(CatalogJson.of(rental.deleted(NOW)).get("deletedAt")).isPresent();
        assertThat(CatalogJson.of(excavator.deleted(NOW)).get("deletedAt")).isPresent();
        assertThat(CatalogJson.of(unit.deleted(NOW)).get("deletedAt")).isPresent();
    }

    @Test
    void events_carry_a_modifier_and_its_rules_in_the_api_s_field_names() {
        OrderModifier delivery = OrderModifier.create(new OrderModifierId(id("m")), TENANT, "Delivery", ModifierKind.DELIVERY,
                Optional.empty(), NOW).value();
        OrderModifierRule fixed = OrderModifierRule.create(new OrderModifierRuleId(id("r1")), TENANT, delivery.id(),
                new OrderModifierRule.ConditionDraft(List.of(LineItemKind.RENTAL, LineItemKind.SALE), null, excavator.id(),
                        new BigDecimal("100"), SEK),
                new OrderModifierRule.EffectDraft(OrderModifierRule.EffectType.FIXED, new BigDecimal("250.00"), SEK, null), NOW).value();
        OrderModifierRule percent = OrderModifierRule.create(new OrderModifierRuleId(id("r2")), TENANT, delivery.id(), null,
                new OrderModifierRule.EffectDraft(OrderModifierRule.EffectType.PERCENT, null, null, new BigDecimal("12.5")), NOW).value();

        assertThat(CatalogJson.of(delivery)).isEqualTo(JsonValue.parse("""
                {"id": "%s", "name": "Delivery", "kind": "DELIVERY", "description": null, "createdAt": "%s"}"""
                .formatted(delivery.id(), NOW)));
        assertThat(CatalogJson.of(fixed)).isEqualTo(JsonValue.parse("""
                {"id": "%s", "modifierId": "%s",
                 "condition": {"kinds": ["SALE", "RENTAL"], "categoryId": null, "klassId": "%s",
                               "minLineAmount": {"amount": 100.00, "currency": "SEK"}},
                 "effect": {"type": "FIXED", "amount": 250.00, "currency": "SEK"}, "createdAt": "%s"}"""
                .formatted(fixed.id(), delivery.id(), excavator.id(), NOW)));
        assertThat(CatalogJson.of(percent).get("effect")).contains(JsonValue.parse("{\"type\": \"PERCENT\", \"percent\": 12.5}"));
        assertThat(CatalogJson.of(percent.deleted(NOW)).get("deletedAt")).isPresent();
        assertThat(fixed.condition().minLineAmount()).contains(Money.of("100.00", "SEK"));
    }
}
