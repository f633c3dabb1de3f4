package dev.ordercore.domain.catalog;

import dev.ordercore.domain.json.JsonObject;
import dev.ordercore.domain.shared.OrderError;
import dev.ordercore.domain.shared.Result;
import dev.ordercore.domain.shared.TenantId;
import dev.ordercore.domain.shared.Violation;
import dev.ordercore.domain.shared.Violations;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/** Seed 001's alcohol data on products, which R31's excise is computed from. */
class AlcoholContentTest {

    private static Result<Product, OrderError> product(JsonObject attributes) {
        return Product.create(new ProductId(UUID.randomUUID()), TenantId.of("winefeed"), new KlassId(UUID.randomUUID()), "WINE-1", "Wine",
                attributes, Instant.EPOCH);
    }

    @Test
    @DisplayName("R31 litres of pure alcohol are quantity × bottle ml ÷ 1000 × alcohol % ÷ 100, exactly")
    void r31_litres_of_pure_alcohol_are_exact() {
        AlcoholContent chablis = AlcoholContent.read(JsonObject.builder().put("alcoholPercentage", "12.5").put("bottleSizeMl", 750).build(),
                new Violations()).orElseThrow();

        assertThat(chablis.litres(12)).isEqualByComparingTo("1.125");
        assertThat(chablis.litres(1)).isEqualByComparingTo("0.09375");
        assertThat(new AlcoholContent(new BigDecimal("14"), 750).litres(6)).isEqualByComparingTo("0.63");
    }

    @Test
    @DisplayName("R31 a product states both alcohol attributes or neither, each valid; every violation is reported")
    void r31_a_product_states_both_alcohol_attributes_or_neither() {
        assertThat(product(JsonObject.builder().put("producer", "Domaine X").build()).isOk()).isTrue();
        assertThat(product(JsonObject.builder().put("alcoholPercentage", new BigDecimal("12.5"))
                .put("bottleSizeMl", 750).build()).isOk()).isTrue();

        Result<Product, OrderError> onlyOne = product(JsonObject.builder().put("alcoholPercentage", "12.5").build());
        Result<Product, OrderError> bad = product(JsonObject.builder().put("alcoholPercentage", "101").put("bottleSizeMl", "750").build());
        Result<Product, OrderError> worse = product(JsonObject.builder().put("alcoholPercentage", "12,5").put("bottleSizeMl", new BigDecimal("750.5"))
                .build());

        assertThat(((OrderError.ValidationFailed) onlyOne.error()).violations()).extracting(Violation::path, Violation::code)
                .containsExactly(tuple("attributes.bottleSizeMl", "alcohol_incomplete"));
        assertThat(((OrderError.ValidationFailed) bad.error()).violations()).extracting(Violation::path, Violation::code)
                .containsExactly(tuple("attributes.alcoholPercentage", "invalid_alcohol_percentage"),
                        tuple("attributes.bottleSizeMl", "invalid_bottle_size"));
        assertThat(((OrderError.ValidationFailed) worse.error()).violations()).extracting(Violation::code)
                .containsExactly("invalid_alcohol_percentage", "invalid_bottle_size");
        assertThatThrownBy(() -> new AlcoholContent(new BigDecimal("12.12345"), 750)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AlcoholContent(BigDecimal.TEN, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
