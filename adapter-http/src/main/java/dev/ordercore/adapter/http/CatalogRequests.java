package dev.ordercore.adapter.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ordercore.domain.catalog.CategoryType;
import dev.ordercore.domain.catalog.Frequency;
import dev.ordercore.domain.catalog.ModifierKind;
import dev.ordercore.domain.catalog.OrderModifierRule;
import dev.ordercore.domain.order.LineItemKind;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import io.javalin.openapi.OpenApiPropertyType;

/**
 * The bodies of the catalog's {@code POST}s (DESIGN.md §4, seed 003). Required fields are checked
 * here (400); names, SKUs, prices, rules and the entries they refer to the catalog model checks (422).
 */
final class CatalogRequests {

    private CatalogRequests() {
    }

    record CategoryRequest(@NotNull String name, @NotNull CategoryType type) {
    }

    /** Prices are a list: one per frequency and currency, where a {@code null} frequency is the sale price. */
    record KlassRequest(@NotNull String name, @NotNull UUID categoryId, @NotNull List<@NotNull @Valid PriceBody> pricing) {
    }

    /**
     * One price of a klass. {@code currency} is required: a klass may be priced in several
     * currencies, and nothing in the catalog says which one a price without it would be.
     */
    record PriceBody(Frequency frequency, @NotNull BigDecimal price,
                     @NotNull @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code such as SEK") String currency) {
    }

    /** {@code attributes} is any JSON object (for wine: producer, vintage, alcohol percentage, bottle size); it may be left out. */
    record ProductRequest(@NotNull UUID klassId, @NotNull String sku, @NotNull String name, @OpenApiPropertyType(definedBy = Object.class) ObjectNode attributes) {
    }

    record AssetRequest(@NotNull UUID productId, @NotNull String serialNumber) {
    }

    /** An order modifier: what is charged on top of the lines it modifies. {@code description} may be left out. */
    record ModifierRequest(@NotNull String name, @NotNull ModifierKind kind, String description) {
    }

    /**
     * A modifier rule: when {@code modifierId} is charged ({@code condition}; left out = on every
     * line) and how much ({@code effect}). Example:
     * {@code {"modifierId": "…", "condition": {"kinds": ["RENTAL"], "categoryId": null, "klassId": "…",
     * "minLineAmount": {"amount": "100.00", "currency": "SEK"}}, "effect": {"type": "FIXED", "amount": "250.00", "currency": "SEK"}}}
     */
    record ModifierRuleRequest(@NotNull UUID modifierId, @Valid ConditionBody condition, @NotNull @Valid EffectBody effect) {
    }

    /**
     * What a line must be for the rule to charge it; every part given must hold. {@code kinds}
     * empty or left out = any kind; {@code minLineAmount} in another currency than the order's never holds.
     */
    record ConditionBody(List<@NotNull LineItemKind> kinds, UUID categoryId, UUID klassId, @Valid MoneyBody minLineAmount) {
    }

    record MoneyBody(@NotNull BigDecimal amount,
                     @NotNull @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code such as SEK") String currency) {
    }

    /**
     * How much the rule charges per modified line: {@code FIXED} and {@code PER_UNIT} take
     * {@code amount} and {@code currency}; {@code PERCENT} takes {@code percent} (above 0, at most
     * 1000, up to 4 decimals) of the line's amount and nothing else.
     */
    record EffectBody(@NotNull OrderModifierRule.EffectType type, BigDecimal amount,
                      @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code such as SEK") String currency, BigDecimal percent) {
    }
}
