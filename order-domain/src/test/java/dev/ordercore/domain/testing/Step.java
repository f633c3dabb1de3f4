package dev.ordercore.domain.testing;

import dev.ordercore.domain.order.LineItemDraft;
import dev.ordercore.domain.order.Severity;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One thing that happens to an order in a generated history. Steps are generated without looking
 * at the order; {@link HistoryArbitraries#play} resolves each against the order as it then is
 * ({@code choice} picks among what is there) and runs it through the order's own methods.
 */
public sealed interface Step {

    /** Moves the order to an exit of its current state ({@code outside}: to a state the table does not allow, R13). */
    record MoveOrder(int choice, boolean outside, boolean force, boolean admin) implements Step {
    }

    /** Moves line {@code line} (an index, wrapped) along its own lifecycle. */
    record MoveLine(int line, int choice, boolean outside, boolean force, boolean admin) implements Step {
    }

    /** Cancels the order: moves it to its lifecycle's cancel state, cascading to the lines (R16). */
    record CancelOrder(boolean admin) implements Step {
    }

    /** Cancels lines (indexes, wrapped) and adds lines; an added line may modify an existing one by id (R7). */
    record Adjust(List<Integer> cancel, List<LineItemDraft> add, boolean modifyExisting) implements Step {
        public Adjust {
            cancel = List.copyOf(cancel);
            add = List.copyOf(add);
        }
    }

    /**
     * A module writer appends {@code module:status} with a severity, on the order or on a line,
     * sometimes backdated by {@code backdateMinutes} (seed 004 lets writers supply recordedAt), sometimes
     * with a dedupe key.
     */
    record Write(String module, String status, Severity severity, OptionalInt line, int backdateMinutes,
                 Optional<String> dedupeKey) implements Step {
    }

    /** Closes an open entry ({@code blockingFirst}: an open BLOCKING one if there is one). */
    record Close(int choice, boolean blockingFirst) implements Step {
    }

    /** Soft-deletes the order; afterwards it refuses every change. */
    record Delete() implements Step {
    }
}
