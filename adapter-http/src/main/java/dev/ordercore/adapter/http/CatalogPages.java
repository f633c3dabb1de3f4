package dev.ordercore.adapter.http;

import java.util.List;

/**
 * The catalog lists' answers as the OpenAPI spec names them. The handlers render
 * {@link CatalogResponses.PageResponse}; the annotation processor cannot resolve its type
 * parameter, so each list gets a record of the same shape ({@code items}, {@code nextCursor}).
 */
final class CatalogPages {

    private CatalogPages() {
    }

    record CategoryPage(List<CatalogResponses.CategoryResponse> items, String nextCursor) {
    }

    record KlassPage(List<CatalogResponses.KlassResponse> items, String nextCursor) {
    }

    record ProductPage(List<CatalogResponses.ProductResponse> items, String nextCursor) {
    }

    record AssetPage(List<CatalogResponses.AssetResponse> items, String nextCursor) {
    }

    record ModifierPage(List<CatalogResponses.ModifierResponse> items, String nextCursor) {
    }

    record ModifierRulePage(List<CatalogResponses.ModifierRuleResponse> items, String nextCursor) {
    }
}
