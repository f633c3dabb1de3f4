package dev.ordercore.domain.order;

import dev.ordercore.domain.shared.Namespace;

import java.util.Locale;
import java.util.Objects;

/**
 * A namespaced status such as {@code inventory:reservation_backordered} (R18). The namespace is the
 * module that owns it; both parts are {@code [a-z0-9_]}. The {@code order} namespace belongs to
 * the order core and is written only by transitions and adjustments.
 */
public record StatusCode(String namespace, String status) {

    public static final String ORDER = "order";
    /** The order core's alerts (R37): written by the core, closed (acknowledged) by operators. */
    public static final String ALERTS = "alerts";
    public static final StatusCode SUBMITTED = new StatusCode(ORDER, "submitted");
    public static final StatusCode MANUALLY_ADJUSTED = new StatusCode(ORDER, "manually_adjusted");
    public static final StatusCode CANCEL_INCOMPLETE = new StatusCode(ORDER, "cancel_incomplete");

    public StatusCode {
        if (!Namespace.isValid(namespace) || !Namespace.isValid(status)) {
            throw new IllegalArgumentException("a status code is namespace:status with both parts in [a-z0-9_] (R18), got '"
                    + namespace + ":" + status + "'");
        }
    }

    /** Parses {@code namespace:status}. */
    public static StatusCode parse(String code) {
        Objects.requireNonNull(code, "code");
        int colon = code.indexOf(':');
        if (colon < 0) {
            throw new IllegalArgumentException("a status code is namespace:status (R18), got '" + code + "'");
        }
        return new StatusCode(code.substring(0, colon), code.substring(colon + 1));
    }

    public static boolean isValid(String code) {
        if (code == null) {
            return false;
        }
        int colon = code.indexOf(':');
        return colon > 0 && Namespace.isValid(code.substring(0, colon)) && Namespace.isValid(code.substring(colon + 1));
    }

    /** The {@code order:} entry a transition into {@code state} writes (R14). */
    public static StatusCode entered(String state) {
        return new StatusCode(ORDER, state.toLowerCase(Locale.ROOT));
    }

    public boolean isOrder() {
        return ORDER.equals(namespace);
    }

    /**
     * Whether this entry moved an order or line into a state: an {@code order:} code other than
     * submitted, manually_adjusted and cancel_incomplete.
     */
    public boolean isTransition() {
        return isOrder() && !equals(SUBMITTED) && !equals(MANUALLY_ADJUSTED) && !equals(CANCEL_INCOMPLETE);
    }

    /** The lifecycle state a transition entry entered. */
    public String state() {
        if (!isTransition()) {
            throw new IllegalStateException(this + " is not a transition entry");
        }
        return status.toUpperCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return namespace + ":" + status;
    }
}
