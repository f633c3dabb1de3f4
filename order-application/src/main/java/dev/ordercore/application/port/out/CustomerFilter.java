package dev.ordercore.application.port.out;

import dev.ordercore.domain.customer.BusinessType;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Which customers a list shows: those whose name contains {@code nameContains} (ignoring case),
 * of one business type, registered in [createdFrom, createdTo). Absent parts do not filter.
 */
public record CustomerFilter(Optional<String> nameContains, Optional<BusinessType> businessType, Optional<Instant> createdFrom,
                             Optional<Instant> createdTo) {

    public static final CustomerFilter ALL = new CustomerFilter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

    public CustomerFilter {
        Objects.requireNonNull(nameContains, "nameContains");
        Objects.requireNonNull(businessType, "businessType");
        Objects.requireNonNull(createdFrom, "createdFrom");
        Objects.requireNonNull(createdTo, "createdTo");
    }

    public CustomerFilter withNameContaining(String part) {
        return new CustomerFilter(Optional.of(part), businessType, createdFrom, createdTo);
    }

    public CustomerFilter withBusinessType(BusinessType type) {
        return new CustomerFilter(nameContains, Optional.of(type), createdFrom, createdTo);
    }

    public CustomerFilter createdBetween(Instant from, Instant to) {
        return new CustomerFilter(nameContains, businessType, Optional.of(from), Optional.of(to));
    }
}
