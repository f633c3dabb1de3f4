package dev.ordercore.domain.json;

import dev.ordercore.domain.shared.Violation;
import dev.ordercore.domain.shared.Violations;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class JsonChecksTest {

    @Test
    void u0000_in_a_string_or_a_member_name_at_any_depth_is_reported() {
        JsonValue deepString = JsonValue.parse("{\"a\": [1, {\"b\": \"x\\u0000\"}]}");
        JsonValue deepKey = JsonValue.parse("{\"a\": [{\"b\\u0000\": true}]}");

        for (JsonValue value : new JsonValue[] {deepString, deepKey}) {
            Violations v = new Violations();
            assertThat(JsonChecks.storable(v, "payload", value, 1000)).isFalse();
            assertThat(v.toList()).extracting(Violation::path, Violation::code).containsExactly(tuple("payload", "invalid_character"));
        }
    }

    @Test
    void json_without_u0000_within_the_size_is_storable() {
        Violations v = new Violations();

        assertThat(JsonChecks.storable(v, "payload", JsonValue.parse("{\"a\": [\"\\u0001 é 😀\", null, 1.5]}"), 1000)).isTrue();
        assertThat(v.toList()).isEmpty();
    }

    @Test
    void json_nested_deeper_than_the_parser_reads_is_reported_and_the_deepest_readable_passes() {
        JsonValue deepest = JsonValue.of(1L);
        for (int i = 0; i < JsonParser.MAX_DEPTH; i++) {
            deepest = JsonArray.of(deepest);
        }
        JsonValue tooDeep = JsonArray.of(deepest);

        assertThat(JsonChecks.depth(deepest)).isEqualTo(JsonParser.MAX_DEPTH);
        assertThat(JsonValue.parse(deepest.canonical())).as("the parser reads the deepest storable value back").isEqualTo(deepest);
        Violations v = new Violations();
        assertThat(JsonChecks.storable(v, "payload", tooDeep, 100_000)).isFalse();
        assertThat(v.toList()).extracting(Violation::code).containsExactly("too_deep");
    }
}
