package dev.ordercore.domain.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** A postal address, as deliveries and orders use it. The country is an ISO 3166-1 alpha-2 code. */
public record Address(String line1, Optional<String> line2, String postalCode, String city, String countryCode) {

    public static final int MAX_LINE = 255;
    public static final int MAX_POSTAL_CODE = 20;
    public static final int MAX_CITY = 100;
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    public Address {
        Objects.requireNonNull(line2, "line2");
        List<Violation> violations = violations(line1, line2.orElse(null), postalCode, city, countryCode);
        if (!violations.isEmpty()) {
            throw new IllegalArgumentException("invalid address: " + violations);
        }
    }

    public static Address of(String line1, String postalCode, String city, String countryCode) {
        return new Address(line1, Optional.empty(), postalCode, city, countryCode);
    }

    /** Everything wrong with these parts of an address; paths are the field names. */
    public static List<Violation> violations(String line1, String line2, String postalCode, String city, String countryCode) {
        List<Violation> v = new ArrayList<>();
        text(v, "line1", line1, MAX_LINE, true);
        text(v, "line2", line2, MAX_LINE, false);
        text(v, "postalCode", postalCode, MAX_POSTAL_CODE, true);
        text(v, "city", city, MAX_CITY, true);
        if (countryCode == null || countryCode.isBlank()) {
            v.add(new Violation("countryCode", "required", "countryCode is required"));
        } else if (!COUNTRIES.contains(countryCode)) {
            v.add(new Violation("countryCode", "invalid_country",
                    "'" + countryCode + "' is not an ISO 3166-1 alpha-2 country code (such as SE or DK)"));
        }
        return v;
    }

    private static void text(List<Violation> v, String field, String value, int max, boolean required) {
        if (value == null) {
            if (required) {
                v.add(new Violation(field, "required", field + " is required"));
            }
        } else if (value.isBlank()) {
            v.add(new Violation(field, "blank", field + " must not be blank"));
        } else if (value.length() > max) {
            v.add(new Violation(field, "too_long", field + " has at most " + max + " characters"));
        } else if (!Text.storable(value)) {
            v.add(Text.unstorable(field));
        }
    }
}
