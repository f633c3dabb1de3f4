package dev.ordercore.domain.order;

/** Which way goods travel: OUTBOUND from the business (a sale, a rental going out), INBOUND to it (a return, a purchase). */
public enum DeliveryDirection { OUTBOUND, INBOUND }
