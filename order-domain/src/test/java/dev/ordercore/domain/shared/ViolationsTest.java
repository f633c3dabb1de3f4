package dev.ordercore.domain.shared;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Gathering every violation of an input, each at its path in the JSON shape of the request. */
class ViolationsTest {

    @Test
    @DisplayName("nested collectors join paths with dots and indexes with brackets")
    void nested_collectors_join_paths_with_dots_and_indexes_with_brackets() {
        Violations v = new Violations();
        Violations line = v.at("lineItems", 2);

        line.at("billing").add("cycle", "cycle_required", "a two-date line needs a billing cycle")
                .here("note", "about the billing as a whole");
        line.at("deliveries", 0).at("to").add("city", "blank", "city must not be blank");
        v.at("lineItems").add("[3]", "not_an_object", "a line item is a JSON object");
        line.add("", "on_the_line", "about the line itself").here("also", "the line again");
        v.here("root", "about the request").at("").add("currency", "required", "currency is required");

        assertThat(v.toList()).extracting(Violation::path).containsExactly(
                "lineItems[2].billing.cycle",
                "lineItems[2].billing",
                "lineItems[2].deliveries[0].to.city",
                "lineItems[3]",
                "lineItems[2]",
                "lineItems[2]",
                "",
                "currency");
        assertThat(v.size()).isEqualTo(8);
        assertThat(line.size()).as("nested collectors share one list").isEqualTo(8);
    }

    @Test
    @DisplayName("violations found elsewhere are added under this collectors path")
    void violations_found_elsewhere_are_added_under_this_collectors_path() {
        Violations v = new Violations();

        v.at("deliveries", 1).at("from").addAll(Address.violations(null, null, "111 43", "Stockholm", "SE"))
                .addAll(List.of(new Violation("", "invalid", "the address as a whole")));

        assertThat(v.toList()).extracting(Violation::path).containsExactly("deliveries[1].from.line1", "deliveries[1].from");
    }

    @Test
    @DisplayName("a named check adds its violation only when it fails and says whether it did")
    void a_named_check_adds_its_violation_only_when_it_fails_and_says_whether_it_did() {
        Violations v = new Violations();

        boolean failed = v.check(true, "reason", "reason_required", "an adjustment says why");
        boolean passed = v.check(false, "notes", "too_long", "notes has at most 4000 characters");

        assertThat(failed).isTrue();
        assertThat(passed).isFalse();
        assertThat(v.toList()).containsExactly(new Violation("reason", "reason_required", "an adjustment says why"));
        assertThat(v.<String>toResult("placed").error()).isEqualTo(new OrderError.ValidationFailed(v.toList()));
        assertThat(new Violations().toResult("placed").value()).isEqualTo("placed");
        assertThat(new Violations().isEmpty()).isTrue();
    }
}
