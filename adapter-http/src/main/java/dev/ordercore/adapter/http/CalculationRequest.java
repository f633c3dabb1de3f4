package dev.ordercore.adapter.http;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import java.math.BigDecimal;
import java.util.List;

/**
 * The body of {@code PUT /orders/{orderId}/calculation}: a manual calculation (R31) in the order's
 * currency, amounts as decimal strings, and why. Only its shape is checked here; the order model
 * checks the content (no negative amounts, the currency's decimals, rates 0-100 given once, and a
 * total that is exactly the sum of the parts) and answers with every violation at once.
 */
record CalculationRequest(
        @NotNull @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code such as SEK") String currency,
        @NotNull BigDecimal subtotalExclVat,
        @NotNull List<@NotNull @Valid VatBody> vat,
        @NotNull BigDecimal excise,
        @NotNull BigDecimal shippingExclVat,
        @NotNull BigDecimal shippingVat,
        @NotNull BigDecimal total,
        @NotNull String reason) {

    /** The VAT of one rate, the rate in percent. */
    record VatBody(@NotNull BigDecimal rate, @NotNull BigDecimal amount) {
    }
}
