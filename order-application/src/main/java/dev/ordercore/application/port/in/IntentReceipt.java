package dev.ordercore.application.port.in;

import dev.ordercore.domain.intent.StoredIntent;

import java.util.Objects;

/**
 * The answer to a submitted intent: the stored intent with its outcome, and whether this answer
 * repeats a first outcome (the same intent arrived before with the same payload, R22).
 */
public record IntentReceipt(StoredIntent intent, boolean repeated) {

    public IntentReceipt {
        Objects.requireNonNull(intent, "intent");
    }
}
