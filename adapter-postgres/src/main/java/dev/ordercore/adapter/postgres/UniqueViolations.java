package dev.ordercore.adapter.postgres;

import dev.ordercore.application.port.out.DuplicateKeyException;
import dev.ordercore.domain.shared.EntityType;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;

/**
 * Turns a unique violation the stores did not foresee (they insert with {@code ON CONFLICT DO
 * NOTHING} where a clash is expected) into the {@link DuplicateKeyException} the ports promise,
 * naming the entity by its table and the key by its constraint. Every other database error stays
 * an infrastructure error.
 */
final class UniqueViolations implements ExecuteListener {

    private static final String UNIQUE_VIOLATION = "23505";
    private static final Map<String, EntityType> TABLES = Map.ofEntries(
            Map.entry("orders", EntityType.ORDER),
            Map.entry("line_items", EntityType.LINE_ITEM),
            Map.entry("status_history", EntityType.STATUS_ENTRY),
            Map.entry("order_module_status", EntityType.STATUS_ENTRY),
            Map.entry("intents", EntityType.INTENT),
            Map.entry("relations", EntityType.RELATION),
            Map.entry("cases", EntityType.CASE),
            Map.entry("categories", EntityType.CATEGORY),
            Map.entry("klasses", EntityType.KLASS),
            Map.entry("products", EntityType.PRODUCT),
            Map.entry("assets", EntityType.ASSET),
            Map.entry("order_modifiers", EntityType.MODIFIER),
            Map.entry("order_modifier_rules", EntityType.MODIFIER_RULE));

    @Override
    public void exception(ExecuteContext ctx) {
        Optional.ofNullable(ctx.sqlException())
                .filter(e -> UNIQUE_VIOLATION.equals(e.getSQLState()))
                .flatMap(UniqueViolations::duplicate)
                .ifPresent(ctx::exception);
    }

    private static Optional<DuplicateKeyException> duplicate(SQLException e) {
        if (!(e instanceof PSQLException p) || p.getServerErrorMessage() == null) {
            return Optional.empty();
        }
        ServerErrorMessage m = p.getServerErrorMessage();
        EntityType entity = TABLES.get(m.getTable());
        if (entity == null) {
            return Optional.empty();
        }
        DuplicateKeyException duplicate = new DuplicateKeyException(entity, m.getConstraint() + " " + m.getDetail());
        duplicate.initCause(e);
        return Optional.of(duplicate);
    }
}
