package dev.ordercore.adapter.postgres;

import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.JSON;
import org.jooq.JSONB;
import org.jooq.Query;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * The adapter's statement log: every statement the stores execute, with its bind values, on the
 * logger {@value #LOGGER} at DEBUG. One line per statement, a JSON object
 * {@code {"sql":"…","binds":["…",null,…],"micros":123}}: the SQL as sent (with {@code ?}), each bind
 * value as the text PostgreSQL reads it (or null), and the execution time. The benchmark scripts
 * replay these lines as a pgbench script.
 *
 * <p>Off by default and free when off: {@link #ifEnabled()} is consulted once, when the stores are
 * built, and the listener is only added when the logger is at DEBUG then (the server turns it on
 * with {@code -Dordercore.sql.log=DEBUG}, read by its logback.xml).
 */
final class StatementLog implements ExecuteListener {

    static final String LOGGER = "dev.ordercore.adapter.postgres.sql";
    private static final Logger LOG = LoggerFactory.getLogger(LOGGER);
    private static final String STARTED = StatementLog.class.getName() + ".started";

    private StatementLog() {
    }

    /** The listener when the statement log is on, empty when it is off (then nothing is added to any statement). */
    static Optional<ExecuteListener> ifEnabled() {
        return LOG.isDebugEnabled() ? Optional.of(new StatementLog()) : Optional.empty();
    }

    @Override
    public void executeStart(ExecuteContext ctx) {
        ctx.data(STARTED, System.nanoTime());
    }

    @Override
    public void executeEnd(ExecuteContext ctx) {
        Object started = ctx.data(STARTED);
        long micros = started instanceof Long nanos ? (System.nanoTime() - nanos) / 1_000 : -1;
        String[] batch = ctx.batchSQL();
        if (batch.length > 1) {
            for (String sql : batch) {
                LOG.debug(line(sql, List.of(), micros));
            }
            return;
        }
        Query query = ctx.query();
        List<Object> binds = query == null ? List.of() : query.getBindValues();
        LOG.debug(line(ctx.sql(), binds, micros));
    }

    static String line(String sql, List<?> binds, long micros) {
        StringBuilder out = new StringBuilder(sql.length() + 32 * binds.size() + 40);
        out.append("{\"sql\":");
        JsonText.quoted(sql, out);
        out.append(",\"binds\":[");
        for (int i = 0; i < binds.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            Object value = binds.get(i);
            if (value == null) {
                out.append("null");
            } else {
                JsonText.quoted(text(value), out);
            }
        }
        return out.append("],\"micros\":").append(micros).append('}').toString();
    }

    /** A bind value as PostgreSQL reads it in text form. */
    static String text(Object value) {
        if (value instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        if (value instanceof JSONB jsonb) {
            return jsonb.data();
        }
        if (value instanceof JSON json) {
            return json.data();
        }
        if (value instanceof Object[] array) {
            StringBuilder literal = new StringBuilder("{");
            for (int i = 0; i < array.length; i++) {
                if (i > 0) {
                    literal.append(',');
                }
                if (array[i] == null) {
                    literal.append("NULL");
                } else {
                    literal.append('"').append(text(array[i]).replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
                }
            }
            return literal.append('}').toString();
        }
        return String.valueOf(value);
    }
}
