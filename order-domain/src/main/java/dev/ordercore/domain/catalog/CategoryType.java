package dev.ordercore.domain.catalog;

/** What a category of the catalog holds (seed 003). A SERVICE klass makes its one-date lines SERVICE lines (R2). */
public enum CategoryType { SALE, RENTAL, SERVICE, PART, FEE }
