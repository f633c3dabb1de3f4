package dev.ordercore.server;

import java.util.Locale;
import java.util.Optional;

/** Where the server keeps its data. */
enum Store {
    /** A PostgreSQL the server starts itself, with its data in {@code <data-dir>/postgres}: the default. */
    EMBEDDED,
    /** An external PostgreSQL at {@code ORDERS_DATABASE_URL}. */
    POSTGRES,
    /** Nothing survives a restart: for trying things out. */
    MEMORY;

    static Optional<Store> named(String name) {
        for (Store store : values()) {
            if (store.name().toLowerCase(Locale.ROOT).equals(name)) {
                return Optional.of(store);
            }
        }
        return Optional.empty();
    }

    String flagValue() {
        return name().toLowerCase(Locale.ROOT);
    }
}
