package dev.ordercore.application.service;

import dev.ordercore.domain.shared.EntityType;
import dev.ordercore.domain.shared.OrderError;
import dev.ordercore.domain.shared.Result;

import java.util.Optional;

/** The check behind HTTP's If-Match: the version the caller read, when it gave one, is still the stored one. */
final class Versions {

    private Versions() {
    }

    static <T> Result<T, OrderError> check(EntityType type, String id, Optional<Long> expected, long actual, T loaded) {
        if (expected.isPresent() && expected.get() != actual) {
            return Result.err(new OrderError.StaleVersion(type, id, expected.get(), actual));
        }
        return Result.ok(loaded);
    }
}
