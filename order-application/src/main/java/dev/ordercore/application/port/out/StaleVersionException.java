package dev.ordercore.application.port.out;

import dev.ordercore.domain.shared.EntityType;

/** A store refused an update because the stored version is not the one the change was based on. Never a lost update. */
public class StaleVersionException extends RuntimeException {

    private final EntityType entity;
    private final String id;
    private final long expected;
    private final long actual;

    public StaleVersionException(EntityType entity, String id, long expected, long actual) {
        super(entity.code() + " " + id + " is at version " + actual + ", the change expected " + expected);
        this.entity = entity;
        this.id = id;
        this.expected = expected;
        this.actual = actual;
    }

    public EntityType entity() {
        return entity;
    }

    public String id() {
        return id;
    }

    public long expected() {
        return expected;
    }

    public long actual() {
        return actual;
    }
}
