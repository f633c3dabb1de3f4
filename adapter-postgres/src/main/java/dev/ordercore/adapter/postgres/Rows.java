package dev.ordercore.adapter.postgres;

import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Result;
import org.jooq.Table;
import org.jooq.TableRecord;

import java.time.Instant;
import java.util.List;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/** Conversions between column values and domain values that every store needs. */
final class Rows {

    private Rows() {
    }

    /**
     * The records of {@code table} in {@code rows}, whose leading columns are {@code table}'s in
     * its column order (its own fields, or a derived table's made from them), copied by position.
     * {@code row.into(table)} looks each column up among all of the row's fields, and jOOQ compares
     * a derived table's field with a table's by rendering both to SQL: most of a listing's CPU
     * (docs/benchmarks.md, "Rendering cost (issue 7)"). The names are checked once per result.
     */
    @SuppressWarnings("unchecked")
    static <R extends TableRecord<R>> List<R> leading(Result<? extends Record> rows, Table<R> table) {
        Field<?>[] columns = table.fields();
        for (int i = 0; i < columns.length; i++) {
            if (!columns[i].getName().equals(rows.field(i).getName())) {
                throw new IllegalStateException("column " + i + " is " + rows.field(i).getName() + ", not " + table.getName() + "." + columns[i].getName());
            }
        }
        return rows.stream().map(row -> {
            R record = table.newRecord();
            for (int i = 0; i < columns.length; i++) {
                record.set((Field<Object>) columns[i], row.get(i));
            }
            record.changed(false);
            return record;
        }).toList();
    }

    static OffsetDateTime ts(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    static OffsetDateTime ts(Optional<Instant> instant) {
        return instant.map(Rows::ts).orElse(null);
    }

    /**
     * The first whole microsecond at or after {@code instant}. Stored instants are whole
     * microseconds, so {@code stored >= ceil(bound)} and {@code stored < ceil(bound)} mean exactly
     * {@code >= bound} and {@code < bound}; the driver would round a finer bound to the nearest one.
     */
    static Instant ceilToMicros(Instant instant) {
        Instant down = instant.truncatedTo(ChronoUnit.MICROS);
        return down.equals(instant) ? instant : down.plus(1, ChronoUnit.MICROS);
    }

    static Instant instant(OffsetDateTime stored) {
        return stored.toInstant();
    }

    static Optional<Instant> optionalInstant(OffsetDateTime stored) {
        return Optional.ofNullable(stored).map(OffsetDateTime::toInstant);
    }
}
