package dev.ordercore.domain.order;

import dev.ordercore.domain.shared.Text;
import java.util.Objects;
import java.util.Optional;

/** Who to talk to about an order (seed 001): a person, a phone, an email; at least one of them. */
public record Contact(Optional<String> person, Optional<String> phone, Optional<String> email) {

    public static final int MAX_LENGTH = 255;

    public Contact {
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(phone, "phone");
        Objects.requireNonNull(email, "email");
        if (person.isEmpty() && phone.isEmpty() && email.isEmpty()) {
            throw new IllegalArgumentException("a contact has a person, a phone or an email");
        }
        for (Optional<String> part : java.util.List.of(person, phone, email)) {
            part.ifPresent(p -> {
                if (p.isBlank() || p.length() > MAX_LENGTH || !Text.storable(p)) {
                    throw new IllegalArgumentException("contact details are 1-" + MAX_LENGTH + " characters, not blank, without U+0000");
                }
            });
        }
        email.ifPresent(e -> {
            if (!e.matches("[^@\\s]+@[^@\\s]+")) {
                throw new IllegalArgumentException("'" + e + "' is not an email address");
            }
        });
    }
}
