package dev.ordercore.domain.customer;

import dev.ordercore.domain.shared.Address;
import dev.ordercore.domain.shared.Text;

import java.util.Objects;
import java.util.Optional;

/**
 * How a customer likes to receive orders (seed 002): a default delivery address, a window in the
 * day, and instructions for the driver ("back entrance, ring twice"). Each may be absent.
 */
public record DeliveryPreferences(Optional<Address> address, Optional<DeliveryWindow> window, Optional<String> instructions) {

    public static final int MAX_INSTRUCTIONS = 1000;
    public static final DeliveryPreferences NONE = new DeliveryPreferences(Optional.empty(), Optional.empty(), Optional.empty());

    public DeliveryPreferences {
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(instructions, "instructions");
        instructions.ifPresent(i -> {
            if (i.isBlank() || i.length() > MAX_INSTRUCTIONS || !Text.storable(i)) {
                throw new IllegalArgumentException("delivery instructions are 1-" + MAX_INSTRUCTIONS + " characters, not blank");
            }
        });
    }

    public boolean isEmpty() {
        return address.isEmpty() && window.isEmpty() && instructions.isEmpty();
    }
}
