package dev.ordercore.domain.testing;

import dev.ordercore.domain.access.Principal;
import dev.ordercore.domain.lifecycle.Lifecycle;
import dev.ordercore.domain.order.LineItem;
import dev.ordercore.domain.order.LineItemId;
import dev.ordercore.domain.order.TransitionRequest;
import dev.ordercore.domain.shared.OrderError;
import dev.ordercore.domain.shared.Result;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Drives orders and lines along walks through {@link OrderJournal}, the way operators would. When
 * the order's lifecycle wants the lines done first (R16, {@link Lifecycle#requiresLinesDone()}), the
 * driver first moves every open line along the shortest path to a terminal or cancelled state.
 */
public final class LifecycleDriver {

    private LifecycleDriver() {
    }

    /** Where driving got: the journal and the states actually entered, which is the walk unless it was cut short. */
    public record Driven(OrderJournal journal, List<String> entered, Optional<OrderError> stoppedBy) {
        public Driven {
            entered = List.copyOf(entered);
        }

        public boolean completed() {
            return stoppedBy.isEmpty();
        }
    }

    /** Moves the order along {@code walk}; stops at the first step the order refuses for good. */
    public static Driven driveOrder(OrderJournal journal, List<String> walk, Principal actor) {
        OrderJournal j = journal;
        List<String> entered = new ArrayList<>();
        for (String next : walk) {
            Result<OrderJournal, OrderError> moved = j.transition(TransitionRequest.to(next, actor));
            if (moved.isErr() && moved.error() instanceof OrderError.LinesNotDone) {
                Optional<OrderJournal> finished = finishLines(j, actor);
                if (finished.isPresent()) {
                    j = finished.get();
                    moved = j.transition(TransitionRequest.to(next, actor));
                }
            }
            if (moved.isErr()) {
                return new Driven(j, entered, Optional.of(moved.error()));
            }
            j = moved.value();
            entered.add(next);
        }
        return new Driven(j, entered, Optional.empty());
    }

    /** Moves one line along {@code walk}; stops at the first step it refuses. */
    public static Driven driveLine(OrderJournal journal, LineItemId line, List<String> walk, Principal actor) {
        OrderJournal j = journal;
        List<String> entered = new ArrayList<>();
        for (String next : walk) {
            Result<OrderJournal, OrderError> moved = j.transitionLine(line, TransitionRequest.to(next, actor));
            if (moved.isErr()) {
                return new Driven(j, entered, Optional.of(moved.error()));
            }
            j = moved.value();
            entered.add(next);
        }
        return new Driven(j, entered, Optional.empty());
    }

    /**
     * Moves every line that is neither cancelled nor terminal to the nearest state that is; empty
     * when some line cannot get there (its lifecycle loops without a way out).
     */
    public static Optional<OrderJournal> finishLines(OrderJournal journal, Principal actor) {
        OrderJournal j = journal;
        for (LineItem line : journal.order().lineItems()) {
            Lifecycle ll = journal.lifecycles().named(line.lifecycle());
            Optional<List<String>> path = LifecycleArbitraries.pathTo(ll, line.status(), s -> ll.isTerminal(s) || ll.isCancelled(s));
            if (path.isEmpty()) {
                return Optional.empty();
            }
            Driven driven = driveLine(j, line.id(), path.get(), actor);
            if (!driven.completed()) {
                return Optional.empty();
            }
            j = driven.journal();
        }
        return Optional.of(j);
    }
}
