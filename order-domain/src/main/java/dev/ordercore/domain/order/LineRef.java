package dev.ordercore.domain.order;

import java.util.Objects;

/**
 * Names the line a modifier line modifies (R7): by the client label {@code ref} of a line in the
 * same request, or by the id of a line already on the order.
 */
public sealed interface LineRef {

    record ByRef(String ref) implements LineRef {
        public ByRef {
            Objects.requireNonNull(ref, "ref");
        }

        @Override
        public String toString() {
            return "ref '" + ref + "'";
        }
    }

    record ById(LineItemId id) implements LineRef {
        public ById {
            Objects.requireNonNull(id, "id");
        }

        @Override
        public String toString() {
            return "line " + id;
        }
    }

    static LineRef ref(String ref) {
        return new ByRef(ref);
    }

    static LineRef id(LineItemId id) {
        return new ById(id);
    }
}
