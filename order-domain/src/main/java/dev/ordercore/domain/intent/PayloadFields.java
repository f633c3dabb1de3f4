package dev.ordercore.domain.intent;

import dev.ordercore.domain.json.JsonArray;
import dev.ordercore.domain.json.JsonNull;
import dev.ordercore.domain.json.JsonNumber;
import dev.ordercore.domain.json.JsonObject;
import dev.ordercore.domain.json.JsonString;
import dev.ordercore.domain.json.JsonValue;
import dev.ordercore.domain.shared.Violations;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Reads typed fields out of one JSON object of a payload, reporting every wrong or missing field
 * with its path, and every field the contract does not know (a typo must not be dropped silently).
 * A field that is present with JSON null counts as absent.
 */
final class PayloadFields {

    private final JsonObject object;
    private final Violations v;

    PayloadFields(JsonObject object, Violations v, Set<String> known) {
        this.object = object;
        this.v = v;
        Set<String> unknown = new TreeSet<>(object.keys());
        unknown.removeAll(known);
        for (String field : unknown) {
            v.add(field, "unknown_field", "'" + field + "' is not a field here; known fields: " + String.join(", ", new TreeSet<>(known)));
        }
    }

    static Optional<JsonObject> asObject(JsonValue value, Violations v, String what) {
        if (value instanceof JsonObject o) {
            return Optional.of(o);
        }
        v.here("not_an_object", what + " is a JSON object");
        return Optional.empty();
    }

    Optional<JsonValue> raw(String field) {
        return object.get(field).filter(value -> value != JsonNull.INSTANCE);
    }

    Optional<String> string(String field, boolean required, int maxLength) {
        Optional<JsonValue> value = present(field, required);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        if (!(value.get() instanceof JsonString s)) {
            v.add(field, "not_a_string", field + " is a string");
            return Optional.empty();
        }
        if (s.value().isBlank()) {
            v.add(field, "blank", field + " must not be blank");
            return Optional.empty();
        }
        if (s.value().length() > maxLength) {
            v.add(field, "too_long", field + " has at most " + maxLength + " characters");
            return Optional.empty();
        }
        return Optional.of(s.value());
    }

    Optional<UUID> uuid(String field, boolean required) {
        return string(field, required, 36).flatMap(s -> {
            try {
                UUID id = UUID.fromString(s);
                if (id.toString().equals(s.toLowerCase(Locale.ROOT))) {
                    return Optional.of(id);
                }
            } catch (IllegalArgumentException bad) {
                // reported below
            }
            v.add(field, "invalid_id", field + " is a UUID such as 0190f7a4-5c1e-7c3a-9f00-1a2b3c4d5e6f");
            return Optional.empty();
        });
    }

    Optional<LocalDate> date(String field, boolean required) {
        return string(field, required, 10).flatMap(s -> {
            try {
                return Optional.of(LocalDate.parse(s));
            } catch (DateTimeParseException bad) {
                v.add(field, "invalid_date", field + " is an ISO-8601 date such as 2026-02-01");
                return Optional.empty();
            }
        });
    }

    Optional<Instant> instant(String field, boolean required) {
        return string(field, required, 40).flatMap(s -> {
            try {
                return Optional.of(Instant.parse(s));
            } catch (DateTimeParseException bad) {
                v.add(field, "invalid_timestamp", field + " is an ISO-8601 UTC timestamp such as 2026-01-14T10:00:00Z");
                return Optional.empty();
            }
        });
    }

    /** A decimal, given as a string ("150.00") as money is in this API; a JSON number is accepted too. */
    Optional<BigDecimal> decimal(String field, boolean required) {
        Optional<JsonValue> value = present(field, required);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        if (value.get() instanceof JsonNumber n) {
            return Optional.of(n.value());
        }
        if (value.get() instanceof JsonString s && s.value().matches("-?\\d{1,18}(\\.\\d{1,12})?")) {
            return Optional.of(new BigDecimal(s.value()));
        }
        v.add(field, "not_a_decimal", field + " is a decimal string such as \"150.00\"");
        return Optional.empty();
    }

    Optional<Integer> integer(String field, boolean required) {
        Optional<JsonValue> value = present(field, required);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        if (value.get() instanceof JsonNumber n) {
            try {
                return Optional.of(n.value().intValueExact());
            } catch (ArithmeticException notInt) {
                // reported below
            }
        }
        v.add(field, "not_an_integer", field + " is a whole number");
        return Optional.empty();
    }

    <E extends Enum<E>> Optional<E> enumeration(String field, Class<E> type, boolean required) {
        return string(field, required, 40).flatMap(s -> {
            try {
                return Optional.of(Enum.valueOf(type, s));
            } catch (IllegalArgumentException bad) {
                v.add(field, "invalid_value", field + " is one of " + Arrays.stream(type.getEnumConstants()).map(Enum::name)
                        .collect(Collectors.joining(", ")) + ", got '" + s + "'");
                return Optional.empty();
            }
        });
    }

    Optional<JsonObject> object(String field, boolean required) {
        Optional<JsonValue> value = present(field, required);
        if (value.isPresent() && !(value.get() instanceof JsonObject)) {
            v.add(field, "not_an_object", field + " is a JSON object");
            return Optional.empty();
        }
        return value.map(JsonObject.class::cast);
    }

    Optional<JsonArray> array(String field, boolean required) {
        Optional<JsonValue> value = present(field, required);
        if (value.isPresent() && !(value.get() instanceof JsonArray)) {
            v.add(field, "not_an_array", field + " is a JSON array");
            return Optional.empty();
        }
        return value.map(JsonArray.class::cast);
    }

    private Optional<JsonValue> present(String field, boolean required) {
        Optional<JsonValue> value = raw(field);
        if (value.isEmpty() && required) {
            v.add(field, "required", field + " is required");
        }
        return value;
    }
}
