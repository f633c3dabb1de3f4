package dev.ordercore.domain.supplier;

/** How the supplier's answer arrived (seed 001's {@code confirmation_method}). */
public enum ConfirmationMethod {
    /** The supplier's system called the API (a webhook, say). */
    API,
    /** An operator typed in what the supplier e-mailed. */
    EMAIL,
    /** An operator recorded what the supplier said otherwise (on the phone, say). */
    MANUAL
}
