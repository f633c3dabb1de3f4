package dev.ordercore.domain.access;

/** What a tenant user may do (R36). Each role includes the ones before it. */
public enum Role {
    /** Reads orders, history, relations, cases and the catalog. */
    VIEWER,
    /** Also places, transitions and adjusts orders, submits intents, works cases and relations. */
    OPERATOR,
    /** Also manages the catalog, forces transitions past blocking entries, force-closes cases, replays intents. */
    ADMIN;

    public boolean includes(Role other) {
        return compareTo(other) >= 0;
    }
}
