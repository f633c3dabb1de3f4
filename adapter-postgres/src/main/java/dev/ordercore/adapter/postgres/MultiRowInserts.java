package dev.ordercore.adapter.postgres;

import java.util.ArrayList;
import java.util.List;

/**
 * How many rows one multi-row statement carries. PostgreSQL's protocol numbers a statement's bind
 * values in 16 bits (at most 65,535), so a batch's rows go in chunks of as many rows as fit: a
 * 1,000-intent batch of 5-line orders needs one statement per table, and one more per table only
 * for every further ~{@value #MAX_BINDS} values.
 */
final class MultiRowInserts {

    /** Bind values per statement, under the protocol's 65,535. */
    static final int MAX_BINDS = 65_000;

    private MultiRowInserts() {
    }

    /** {@code rows} cut into consecutive chunks of at most as many rows of {@code columns} values as one statement takes. */
    static <T> List<List<T>> chunks(List<T> rows, int columns) {
        int perStatement = Math.max(1, MAX_BINDS / Math.max(1, columns));
        List<List<T>> chunks = new ArrayList<>();
        for (int from = 0; from < rows.size(); from += perStatement) {
            chunks.add(rows.subList(from, Math.min(rows.size(), from + perStatement)));
        }
        return chunks;
    }
}
