package dev.ordercore.domain.catalog;

import dev.ordercore.domain.shared.Text;
import dev.ordercore.domain.shared.Violations;

/** The checks every catalog name shares. */
final class CatalogText {

    static final int MAX_NAME = 200;

    private CatalogText() {
    }

    static void name(Violations v, String field, String value) {
        if (value == null) {
            v.add(field, "required", field + " is required");
        } else if (value.isBlank()) {
            v.add(field, "blank", field + " must not be blank");
        } else if (value.length() > MAX_NAME) {
            v.add(field, "too_long", field + " has at most " + MAX_NAME + " characters");
        } else if (!Text.storable(value)) {
            Text.unstorable(v, field);
        }
    }

    static <T> void required(Violations v, String field, T value) {
        if (value == null) {
            v.add(field, "required", field + " is required");
        }
    }
}
