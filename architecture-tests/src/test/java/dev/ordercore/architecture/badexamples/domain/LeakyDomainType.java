package dev.ordercore.architecture.badexamples.domain;

import org.assertj.core.api.Assertions;

import java.time.Instant;

/** A domain type that breaks two rules on purpose: it depends on a library and reads the clock. */
public final class LeakyDomainType {

    public Instant stamp() {
        Assertions.assertThat(1).isPositive();
        return Instant.now();
    }
}
