package dev.ordercore.domain.order;

/** Who pays for a line (seed 003): the customer, the business itself, or a warranty. */
public enum Payer { CUSTOMER, BUSINESS, WARRANTY }
