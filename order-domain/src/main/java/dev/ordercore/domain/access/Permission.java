package dev.ordercore.domain.access;

import java.util.Locale;

/** An action a principal may be allowed to take in a tenant (R36). */
public enum Permission {
    READ(Role.VIEWER),
    WRITE_ORDERS(Role.OPERATOR),
    SUBMIT_INTENTS(Role.OPERATOR),
    WORK_CASES(Role.OPERATOR),
    WRITE_RELATIONS(Role.OPERATOR),
    /** Append and close history entries; which namespaces is R18's to decide. Module writers have it too. */
    WRITE_HISTORY(Role.OPERATOR),
    /** Force a transition past open BLOCKING entries (R15) or close a case with open tags (R29). */
    OVERRIDE(Role.ADMIN),
    MANAGE_CATALOG(Role.ADMIN),
    REPLAY_INTENTS(Role.ADMIN),
    /** Register customers and change them (seed 002). */
    WRITE_CUSTOMERS(Role.OPERATOR),
    /** Change the tenant's settings (seed 002's configuration: limits, thresholds, planning). */
    MANAGE_SETTINGS(Role.ADMIN);

    private final Role minimumRole;

    Permission(Role minimumRole) {
        this.minimumRole = minimumRole;
    }

    public Role minimumRole() {
        return minimumRole;
    }

    /** The action in words, for refusals: {@code write orders}. */
    public String action() {
        return name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
