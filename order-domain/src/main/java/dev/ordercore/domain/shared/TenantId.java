package dev.ordercore.domain.shared;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The business an entity belongs to. Every aggregate, entry and event carries one, and nothing
 * reads or writes across tenants (R35). A tenant id is a lowercase slug or a UUID string, as
 * identity providers issue them.
 */
public record TenantId(String value) {

    private static final Pattern SHAPE = Pattern.compile("[a-z0-9][a-z0-9_-]{0,62}");

    public TenantId {
        Objects.requireNonNull(value, "tenant id");
        if (!SHAPE.matcher(value).matches()) {
            throw new IllegalArgumentException(
                    "a tenant id is 1-63 characters of [a-z0-9_-] starting with a letter or digit, got '" + value + "'");
        }
    }

    public static TenantId of(String value) {
        return new TenantId(value);
    }

    public static boolean isValid(String value) {
        return value != null && SHAPE.matcher(value).matches();
    }

    @Override
    public String toString() {
        return value;
    }
}
