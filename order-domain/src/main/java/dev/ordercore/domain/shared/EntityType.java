package dev.ordercore.domain.shared;

import java.util.Locale;

/** The kinds of things ordercore stores, as errors and references name them. */
public enum EntityType {
    TENANT, ORDER, LINE_ITEM, STATUS_ENTRY, INTENT, RELATION, CASE, CASE_TAG, CATEGORY, KLASS, PRODUCT, ASSET, MODIFIER,
    MODIFIER_RULE, SETTINGS,
    SUPPLIER_CONFIRMATION, CUSTOMER;

    /** The lowercase name used in error codes, such as {@code line_item}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
