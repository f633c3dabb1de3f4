package dev.ordercore.domain.shared;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Outcomes: a value or a typed refusal, never both, and nothing runs on a refusal. */
class ResultTest {

    private static final OrderError GONE = new OrderError.CaseClosed("c-1");

    @Test
    @DisplayName("an action on success runs once with the value and the result stays the same")
    void an_action_on_success_runs_once_with_the_value_and_the_result_stays_the_same() {
        List<String> seen = new ArrayList<>();
        Result<String, OrderError> ok = Result.ok("placed");
        Result<String, OrderError> err = Result.err(GONE);

        assertThat(ok.ifOk(seen::add)).isSameAs(ok);
        assertThat(err.ifOk(seen::add)).isSameAs(err);
        assertThat(seen).containsExactly("placed");
    }

    @Test
    @DisplayName("asking a success for its error or a refusal for its value is a programming error")
    void asking_a_success_for_its_error_or_a_refusal_for_its_value_is_a_programming_error() {
        Result<String, OrderError> ok = Result.ok("placed");
        Result<String, OrderError> err = Result.err(GONE);

        assertThat(ok.value()).isEqualTo("placed");
        assertThat(err.error()).isEqualTo(GONE);
        assertThatThrownBy(ok::error).isInstanceOf(NoSuchElementException.class).hasMessageContaining("placed");
        assertThatThrownBy(err::value).isInstanceOf(NoSuchElementException.class).hasMessageContaining("c-1");
    }
}
