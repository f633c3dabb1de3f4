package dev.ordercore.adapter.postgres;

import dev.ordercore.application.port.out.DuplicateKeyException;
import dev.ordercore.domain.shared.EntityType;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.TableRecord;

/**
 * Inserts of rows with an id and a natural key. A unique violation would abort the whole
 * transaction, and services catch {@link DuplicateKeyException} and carry on, so the insert skips
 * a conflicting row instead; only then a second read tells which key was taken, so the exception
 * names the same key the in-memory store names (the id first).
 */
final class UniqueInsert {

    private UniqueInsert() {
    }

    static <R extends TableRecord<R>> void insert(DSLContext dsl, R row, EntityType entity, Condition sameId, Object id,
                                                  String naturalKey) {
        if (dsl.insertInto(row.getTable()).set(row).onConflictDoNothing().execute() == 0) {
            throw new DuplicateKeyException(entity, dsl.fetchExists(row.getTable(), sameId) ? "id " + id : naturalKey);
        }
    }
}
