package dev.ordercore.application.port.out;

import java.util.List;
import java.util.Optional;

/** One page of a list, and the cursor of the next page when there is one. */
public record Page<T>(List<T> items, Optional<String> nextCursor) {

    public Page {
        items = List.copyOf(items);
        java.util.Objects.requireNonNull(nextCursor, "nextCursor");
    }

    public static <T> Page<T> of(List<T> items, Optional<String> nextCursor) {
        return new Page<>(items, nextCursor);
    }
}
