package dev.ordercore.domain.order;

import dev.ordercore.domain.shared.Uuids;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Where a change gets the ids of the lines and entries it creates: fresh UUIDv7 values, or, for
 * an intent-born order, values derived from the order id so a replay rebuilds the same ones (R24).
 */
public interface OrderIds {

    LineItemId line(int position);

    StatusEntryId entry();

    static OrderIds fresh(Uuids uuids) {
        Objects.requireNonNull(uuids, "uuids");
        return new OrderIds() {
            public LineItemId line(int position) {
                return LineItemId.next(uuids);
            }

            public StatusEntryId entry() {
                return StatusEntryId.next(uuids);
            }
        };
    }

    /**
     * Ids derived from the order id, for placing an intent-born order. Entries are numbered from 1
     * for each instance, so one instance serves one command: the placement a replay repeats.
     */
    static OrderIds derivedFrom(OrderId order) {
        Objects.requireNonNull(order, "order");
        AtomicInteger entries = new AtomicInteger();
        return new OrderIds() {
            public LineItemId line(int position) {
                return LineItemId.derived(order, position);
            }

            public StatusEntryId entry() {
                return new StatusEntryId(Uuids.nameBased("entry", order.toString(), Integer.toString(entries.incrementAndGet())));
            }
        };
    }
}
