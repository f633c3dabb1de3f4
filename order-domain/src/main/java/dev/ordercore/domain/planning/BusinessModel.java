package dev.ordercore.domain.planning;

/** What kind of business a tenant runs, by its orders (seed 002, R40); ordered from small to large. */
public enum BusinessModel {
    /** A bakery selling to its own customers: few orders a day. */
    INDIVIDUAL,
    /** Between the two thresholds. */
    MIXED,
    /** A central bakery: many orders a day, or mostly wholesale orders. */
    CENTRAL
}
