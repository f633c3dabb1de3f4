package dev.ordercore.domain.supplier;

/**
 * What the supplier answered (seed 001's {@code confirmed} flag): CONFIRMED moves the order to
 * CONFIRMED, REFUSED moves it to REJECTED (R10: both only from PENDING in the default lifecycle).
 */
public enum ConfirmationOutcome {
    CONFIRMED("CONFIRMED"),
    REFUSED("REJECTED");

    private final String target;

    ConfirmationOutcome(String target) {
        this.target = target;
    }

    /** The order state this answer moves the order to. */
    public String target() {
        return target;
    }
}
