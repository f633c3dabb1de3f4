package dev.ordercore.domain.relation;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What a relation means (seed 000's relationstype), a lowercase identifier. Two are built in:
 * {@link #ORDER_CREATED} (a case led to an order) and {@link #DELIVERY} (an order triggered a case).
 */
public record RelationType(String value) {

    public static final Pattern SHAPE = Pattern.compile("[a-z][a-z0-9_]{0,39}");
    public static final RelationType ORDER_CREATED = new RelationType("ordre_oprettet");
    public static final RelationType DELIVERY = new RelationType("leverance");

    public RelationType {
        Objects.requireNonNull(value, "relation type");
        if (!SHAPE.matcher(value).matches()) {
            throw new IllegalArgumentException("a relation type is a lowercase identifier ([a-z][a-z0-9_]*, at most 40), got '" + value + "'");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
