package dev.ordercore.adapter.http;

import jakarta.validation.constraints.NotNull;

/** A postal address in a request or a response; the domain's {@code Address} checks its content. */
record AddressBody(@NotNull String line1, String line2, @NotNull String postalCode, @NotNull String city, @NotNull String countryCode) {
}
