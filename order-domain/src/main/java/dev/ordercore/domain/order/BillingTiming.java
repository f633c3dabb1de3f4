package dev.ordercore.domain.order;

/** Which end of a billing cycle a two-date line is charged at (seed 003). */
public enum BillingTiming { UPFRONT, IN_ARREARS }
