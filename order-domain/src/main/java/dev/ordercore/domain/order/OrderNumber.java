package dev.ordercore.domain.order;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The number people quote: {@code PREFIX-YYYY-NNNNN}, counted per tenant and year, such as
 * {@code WF-2026-00123} (seed 001). The counter has at least five digits and grows past 99999.
 */
public record OrderNumber(String value) {

    public static final Pattern PREFIX = Pattern.compile("[A-Z][A-Z0-9]{0,9}");
    private static final Pattern SHAPE = Pattern.compile("([A-Z][A-Z0-9]{0,9})-(\\d{4})-(\\d{5,9})");

    public OrderNumber {
        Objects.requireNonNull(value, "order number");
        if (!SHAPE.matcher(value).matches()) {
            throw new IllegalArgumentException("an order number looks like PREFIX-YYYY-NNNNN, got '" + value + "'");
        }
    }

    public static OrderNumber of(String prefix, int year, long sequence) {
        if (!PREFIX.matcher(prefix).matches()) {
            throw new IllegalArgumentException("an order number prefix is 1-10 of [A-Z0-9] starting with a letter, got '" + prefix + "'");
        }
        if (year < 1000 || year > 9999 || sequence < 1 || sequence > 999_999_999L) {
            throw new IllegalArgumentException("year " + year + " and sequence " + sequence + " do not make an order number");
        }
        return new OrderNumber(String.format(Locale.ROOT, "%s-%04d-%05d", prefix, year, sequence));
    }

    public String prefix() {
        return part(1);
    }

    public int year() {
        return Integer.parseInt(part(2));
    }

    public long sequence() {
        return Long.parseLong(part(3));
    }

    private String part(int group) {
        var m = SHAPE.matcher(value);
        if (!m.matches()) {
            throw new IllegalStateException(value);
        }
        return m.group(group);
    }

    @Override
    public String toString() {
        return value;
    }
}
