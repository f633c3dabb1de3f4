package dev.ordercore.adapter.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ordercore.domain.catalog.CategoryType;
import dev.ordercore.domain.catalog.Frequency;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import io.javalin.openapi.OpenApiPropertyType;

/**
 * The bodies of the catalog's {@code POST}s (DESIGN.md §4, seed 003). Required fields are checked
 * here (400); names, SKUs, prices and parents the catalog model checks (422).
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
}
