package dev.ordercore.application.port.out;

import dev.ordercore.domain.shared.EntityType;

/**
 * A store refused an insert because something with the same unique key exists (a concurrent
 * duplicate intent, a second relation with the same ends and type). Stores throw it; services
 * turn it into an answer.
 */
public class DuplicateKeyException extends RuntimeException {

    private final EntityType entity;
    private final String key;

    public DuplicateKeyException(EntityType entity, String key) {
        super(entity.code() + " with " + key + " exists already");
        this.entity = entity;
        this.key = key;
    }

    public EntityType entity() {
        return entity;
    }

    public String key() {
        return key;
    }
}
