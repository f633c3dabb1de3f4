package dev.ordercore.adapter.http;

import dev.ordercore.domain.shared.EntityType;
import dev.ordercore.domain.shared.OrderError;
import dev.ordercore.domain.shared.Violation;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ErrorMappingTest {

    @Test
    void every_kind_of_refusal_has_its_status() {
        assertThat(ErrorMapping.status(OrderError.Kind.INVALID)).isEqualTo(422);
        assertThat(ErrorMapping.status(OrderError.Kind.NOT_FOUND)).isEqualTo(404);
        assertThat(ErrorMapping.status(OrderError.Kind.FORBIDDEN)).isEqualTo(403);
        assertThat(ErrorMapping.status(OrderError.Kind.CONFLICT)).isEqualTo(409);
        assertThat(ErrorMapping.status(OrderError.Kind.STALE)).isEqualTo(412);
        assertThat(ErrorMapping.status(OrderError.Kind.REFUSED)).isEqualTo(409);
    }

    @Test
    void a_validation_failure_lists_every_violation_at_its_path() {
        Problem problem = ErrorMapping.problem(new OrderError.ValidationFailed(List.of(
                new Violation("lineItems[0].quantity", "quantity_too_small", "a quantity is at least 1"),
                new Violation("lineItems[1].billing", "billing_required", "a two-date line needs billing"))));

        assertThat(problem.status()).isEqualTo(422);
        assertThat(problem.code()).isEqualTo("validation.failed");
        assertThat(problem.type()).isEqualTo(Problem.TYPE_BASE + "validation.failed");
        assertThat(problem.errors()).extracting(Problem.FieldError::field)
                .containsExactly("lineItems[0].quantity", "lineItems[1].billing");
    }

    @Test
    void a_refusal_keeps_its_stable_code() {
        Problem problem = ErrorMapping.problem(new OrderError.NotFound(EntityType.ORDER, "x"));

        assertThat(problem.code()).isEqualTo("order.not_found");
        assertThat(problem.errors()).isEmpty();
    }
}
