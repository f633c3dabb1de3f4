package dev.ordercore.domain.order;

import dev.ordercore.domain.shared.Text;
import java.util.Objects;

/** The warranty that pays for a line whose payer is WARRANTY (R6); an external reference. */
public record WarrantyId(String value) {

    public static final int MAX_LENGTH = 100;

    public WarrantyId {
        Objects.requireNonNull(value, "warranty id");
        if (value.isBlank() || value.length() > MAX_LENGTH || !Text.storable(value)) {
            throw new IllegalArgumentException("a warranty id is 1-" + MAX_LENGTH + " characters, not blank, without U+0000");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
