package dev.ordercore.domain.shared;

import java.util.ArrayList;
import java.util.List;

/**
 * Gathers every violation of an input rather than stopping at the first, so a caller learns all
 * that is wrong in one answer. A nested collector shares the list and prefixes paths.
 */
public final class Violations {

    private final List<Violation> list;
    private final String prefix;

    public Violations() {
        this(new ArrayList<>(), "");
    }

    private Violations(List<Violation> list, String prefix) {
        this.list = list;
        this.prefix = prefix;
    }

    /** A collector whose paths start with {@code segment} under this one's prefix. */
    public Violations at(String segment) {
        return new Violations(list, join(prefix, segment));
    }

    /** The collector for element {@code index} of the list at {@code segment}. */
    public Violations at(String segment, int index) {
        return new Violations(list, join(prefix, segment) + "[" + index + "]");
    }

    public Violations add(String field, String code, String message) {
        list.add(new Violation(join(prefix, field), code, message));
        return this;
    }

    /** Adds a violation on the path of this collector itself. */
    public Violations here(String code, String message) {
        list.add(new Violation(prefix, code, message));
        return this;
    }

    public Violations addAll(List<Violation> violations) {
        for (Violation v : violations) {
            list.add(new Violation(join(prefix, v.path()), v.code(), v.message()));
        }
        return this;
    }

    /** Adds the violation when {@code failed} holds; reads as a named check at the call site. */
    public boolean check(boolean failed, String field, String code, String message) {
        if (failed) {
            add(field, code, message);
        }
        return failed;
    }

    public boolean isEmpty() {
        return list.isEmpty();
    }

    public int size() {
        return list.size();
    }

    public List<Violation> toList() {
        return List.copyOf(list);
    }

    /** {@code ok} when nothing was found, otherwise a {@link OrderError.ValidationFailed} with all of it. */
    public <T> Result<T, OrderError> toResult(T ok) {
        return isEmpty() ? Result.ok(ok) : Result.err(new OrderError.ValidationFailed(toList()));
    }

    private static String join(String prefix, String segment) {
        if (segment.isEmpty()) {
            return prefix;
        }
        if (prefix.isEmpty()) {
            return segment;
        }
        return segment.startsWith("[") ? prefix + segment : prefix + "." + segment;
    }
}
