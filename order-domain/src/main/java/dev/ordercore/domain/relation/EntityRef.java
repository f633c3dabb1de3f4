package dev.ordercore.domain.relation;

import dev.ordercore.domain.shared.Text;
import dev.ordercore.domain.shared.Violation;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * One end of a relation (seed 000): a type and an id. {@code order} and {@code case} are ordercore's
 * own entities, whose ids are UUIDs that must exist in the tenant; any other type is an external
 * entity (an e-conomic invoice, a ticket) whose id ordercore keeps as given.
 */
public record EntityRef(String type, String id) {

    public static final String ORDER = "order";
    public static final String CASE = "case";
    public static final int MAX_ID = 200;
    private static final Pattern TYPE = Pattern.compile("[a-z][a-z0-9_]{0,39}");

    public EntityRef {
        List<Violation> v = violations(type, id);
        if (!v.isEmpty()) {
            throw new IllegalArgumentException(v.toString());
        }
        if (ORDER.equals(type) || CASE.equals(type)) {
            id = UUID.fromString(id).toString(); // one spelling per entity, so R27's uniqueness cannot be dodged by case
        }
    }

    public static EntityRef order(UUID id) {
        return new EntityRef(ORDER, id.toString());
    }

    public static EntityRef ofCase(UUID id) {
        return new EntityRef(CASE, id.toString());
    }

    /** Whether this end is one of ordercore's own entities, which must exist. */
    public boolean isInternal() {
        return ORDER.equals(type) || CASE.equals(type);
    }

    public static List<Violation> violations(String type, String id) {
        List<Violation> v = new ArrayList<>();
        if (type == null) {
            v.add(new Violation("type", "required", "type is required"));
        } else if (!TYPE.matcher(type).matches()) {
            v.add(new Violation("type", "invalid_type", "an entity type is a lowercase identifier ([a-z][a-z0-9_]*, at most 40), got '" + type + "'"));
        }
        if (id == null) {
            v.add(new Violation("id", "required", "id is required"));
        } else if (id.isBlank() || id.length() > MAX_ID) {
            v.add(new Violation("id", "invalid_id", "an id is 1-" + MAX_ID + " characters, not blank"));
        } else if (!Text.storable(id)) {
            v.add(Text.unstorable("id"));
        } else if ((ORDER.equals(type) || CASE.equals(type)) && !isUuid(id)) {
            v.add(new Violation("id", "invalid_id", "an " + type + " id is a UUID"));
        }
        return v;
    }

    private static boolean isUuid(String id) {
        return id.length() == 36 && id.matches("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    }

    @Override
    public String toString() {
        return type + ":" + id;
    }

    /** The id as a UUID, for ordercore's own entities (whose ids are checked to be UUIDs). */
    public UUID uuid() {
        return UUID.fromString(Objects.requireNonNull(id));
    }
}
