package dev.ordercore.adapter.http;

import dev.ordercore.domain.supplier.ConfirmationMethod;
import dev.ordercore.domain.supplier.ConfirmationOutcome;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The body of {@code POST /orders/{orderId}/supplier-confirmations} (seed 001): CONFIRMED or
 * REFUSED, how it came (API, EMAIL, MANUAL), what the supplier confirmed per line (a quantity or
 * unit price left out is as ordered), its reference and message, why it refused, the delivery date
 * and preparation days it promised, and {@code force} to confirm past open blocking entries (R15,
 * admins). Only its shape is checked here; the order model checks the content with every violation
 * at once.
 */
record SupplierConfirmationRequest(
        @NotNull ConfirmationOutcome outcome,
        @NotNull ConfirmationMethod method,
        List<@NotNull @Valid LineBody> lines,
        String supplierReference,
        String message,
        String refusalReason,
        LocalDate confirmedDelivery,
        Integer preparationDays,
        Boolean force) {

    /** One line as the supplier confirmed it. */
    record LineBody(@NotNull UUID lineItemId, Integer quantity, BigDecimal unitPrice) {
    }
}
