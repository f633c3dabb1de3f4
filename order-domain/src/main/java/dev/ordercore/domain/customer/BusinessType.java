package dev.ordercore.domain.customer;

/**
 * What kind of buyer a customer is (seed 002): a person, a business buying for itself, or a
 * central bakery buying wholesale for its shops (what business-model detection, R40, looks at).
 */
public enum BusinessType {
    INDIVIDUAL, BUSINESS, CENTRAL_BAKERY
}
