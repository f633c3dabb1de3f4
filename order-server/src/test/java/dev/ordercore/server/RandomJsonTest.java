package dev.ordercore.server;

import dev.ordercore.server.RandomJson.Arr;
import dev.ordercore.server.RandomJson.J;
import dev.ordercore.server.RandomJson.Mutation;
import dev.ordercore.server.RandomJson.Num;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The fuzzer's own document tools, at the depths FuzzIT reaches. */
class RandomJsonTest {

    private static J nested(int depth) {
        J node = new Num("1");
        for (int i = 0; i < depth; i++) {
            node = new Arr(List.of(node));
        }
        return node;
    }

    @Test
    void three_deep_values_nested_by_mutations_are_applied_and_written_without_overflowing_the_stack() {
        // the worst case of FuzzIT's "mutated valid": the root replaced by a 1,100-deep value, and a second and a
        // third added at the innermost array, 3,300 levels in all (a recursive node count overflowed here in CI)
        List<Mutation> mutations = List.of(
                new Mutation(Mutation.Kind.REPLACE, 0, "a", nested(1100)),
                new Mutation(Mutation.Kind.ADD, 1099, "a", nested(1100)),
                new Mutation(Mutation.Kind.ADD, 2199, "a", nested(1100)));

        String written = RandomJson.write(RandomJson.apply(RandomJson.parse("{\"lineItems\": [{\"quantity\": 1}]}"), mutations));

        int depth = 0;
        int deepest = 0;
        for (char c : written.toCharArray()) {
            depth += c == '[' ? 1 : c == ']' ? -1 : 0;
            deepest = Math.max(deepest, depth);
        }
        assertThat(deepest).as("nesting of the written document").isGreaterThan(3200);
        assertThat(depth).as("brackets balance").isZero();
        assertThat(written.chars().filter(c -> c == '1').count()).as("the three values' leaves").isEqualTo(3);
    }
}
