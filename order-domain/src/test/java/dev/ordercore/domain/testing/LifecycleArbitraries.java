package dev.ordercore.domain.testing;

import dev.ordercore.domain.lifecycle.DefaultLifecycles;
import dev.ordercore.domain.lifecycle.Lifecycle;
import dev.ordercore.domain.order.LifecycleSet;
import dev.ordercore.domain.order.LineItemKind;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ArbitrarySupplier;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Lifecycles as data (R10-R14): random valid ones built with {@link Lifecycle#builder}, random
 * invalid definitions with the R12 violation each one must be refused for, random walks along a
 * lifecycle, and the lifecycle sets orders are placed with.
 */
public final class LifecycleArbitraries {

    /** The most states a generated lifecycle has, besides its cancel state; far below {@link Lifecycle#MAX_STATES}. */
    public static final int MAX_GENERATED_STATES = Math.min(8, Lifecycle.MAX_STATES - 1);
    /** The longest generated walk. */
    public static final int MAX_WALK = 12;

    /** A state a lifecycle never has; transitions to it are outside every table (R13). */
    public static final String NOT_A_STATE = "NOT_A_STATE";

    /**
     * The rental lifecycle a tenant may register for RENTAL lines (DESIGN.md §2): RESERVED → OUT →
     * RETURNED → INSPECTED, and RESERVED → CANCELLED.
     */
    public static final Lifecycle RENTAL = Lifecycle.builder("rental")
            .initial("RESERVED")
            .state("RESERVED", "OUT", "CANCELLED")
            .state("OUT", "RETURNED")
            .state("RETURNED", "INSPECTED")
            .state("INSPECTED")
            .state("CANCELLED")
            .stopStates("CANCELLED")
            .cancelState("CANCELLED")
            .build()
            .orElseThrow(CatalogArbitraries::generatorBroken);

    /** Seed 000's transactional order lifecycle for an IT-services shop: DRAFT → SENT → PAID. */
    public static final Lifecycle DRAFT_SENT_PAID = Lifecycle.builder("it_services")
            .initial("DRAFT")
            .state("DRAFT", "SENT")
            .state("SENT", "PAID")
            .state("PAID")
            .build()
            .orElseThrow(CatalogArbitraries::generatorBroken);

    private LifecycleArbitraries() {
    }

    /** An invalid definition and the violation code {@link Lifecycle#define} must report for it (R12). */
    public record InvalidLifecycle(Lifecycle.Definition definition, String expectedCode, String brokenBy) {
        @Override
        public String toString() {
            return brokenBy + " → " + expectedCode + ": " + definition;
        }
    }

    /** A lifecycle and a walk along it: the states entered, each allowed from the one before. */
    public record Walk(Lifecycle lifecycle, List<String> entered) {
        public Walk {
            entered = List.copyOf(entered);
        }

        /** Where the walk ends: its last state, or the initial state for an empty walk. */
        public String last() {
            return entered.isEmpty() ? lifecycle.initial() : entered.get(entered.size() - 1);
        }
    }

    /** Valid lifecycles named {@code generated}. */
    public static Arbitrary<Lifecycle> lifecycles() {
        return lifecycles("generated");
    }

    /**
     * Valid lifecycles named {@code name}: a spanning tree from the initial state (so every state is
     * reachable), extra edges (cycles included), states without exits declared terminal, and
     * sometimes a terminal CANCELLED state that is the cancel and stop state, reachable from some
     * states.
     */
    public static Arbitrary<Lifecycle> lifecycles(String name) {
        Arbitrary<Integer> sizes = Arbitraries.integers().between(2, MAX_GENERATED_STATES);
        return sizes.flatMap(n -> Combinators.combine(
                Arbitraries.integers().between(0, 1000).list().ofSize(n),
                Arbitraries.integers().between(0, 1000).list().ofMaxSize(n),
                Arbitraries.integers().between(0, 1000).list().ofMaxSize(n),
                Arbitraries.of(true, false).list().ofSize(n),
                Arbitraries.integers().between(0, 3))
                .as((parents, extraFrom, extraTo, terminalLeaves, cancel) ->
                        build(name, n, parents, extraFrom, extraTo, terminalLeaves, cancel)));
    }

    private static Lifecycle build(String name, int n, List<Integer> parents, List<Integer> extraFrom, List<Integer> extraTo,
                                   List<Boolean> terminalLeaves, int cancel) {
        List<String> states = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            states.add("S" + i);
        }
        Map<String, Set<String>> exits = new LinkedHashMap<>();
        states.forEach(s -> exits.put(s, new LinkedHashSet<>()));
        for (int i = 1; i < n; i++) {
            exits.get(states.get(parents.get(i) % i)).add(states.get(i));
        }
        Set<String> terminal = new LinkedHashSet<>();
        for (int i = 0; i < n; i++) {
            String s = states.get(i);
            if (exits.get(s).isEmpty() && (terminalLeaves.get(i) || i == n - 1)) {
                terminal.add(s);
            }
        }
        for (int e = 0; e < Math.min(extraFrom.size(), extraTo.size()); e++) {
            String from = states.get(extraFrom.get(e) % n);
            if (!terminal.contains(from)) {
                exits.get(from).add(states.get(extraTo.get(e) % n));
            }
        }
        for (int i = 0; i < n; i++) {
            String s = states.get(i);
            if (exits.get(s).isEmpty() && !terminal.contains(s)) {
                exits.get(s).add(states.get((parents.get(i) + i) % n)); // a leaf that goes on: back into the lifecycle
            }
        }
        Lifecycle.Builder b = Lifecycle.builder(name).initial(states.get(0));
        boolean withCancel = cancel > 0;
        if (withCancel) {
            int every = cancel; // CANCELLED is reachable from every cancel-th state that has exits
            for (int i = 0; i < n; i += every) {
                if (!terminal.contains(states.get(i))) {
                    exits.get(states.get(i)).add("CANCELLED");
                }
            }
        }
        exits.forEach((s, to) -> b.state(s, to.toArray(String[]::new)));
        if (withCancel) {
            b.state("CANCELLED").stopStates("CANCELLED").cancelState("CANCELLED");
        }
        return b.build().orElseThrow(CatalogArbitraries::generatorBroken);
    }

    /**
     * Definitions that break R12 in one way each (an initial state that does not exist, a state
     * nothing reaches, a terminal state with exits, a state with no exits that is not terminal,
     * an exit to an undefined state), made from valid lifecycles.
     */
    public static Arbitrary<InvalidLifecycle> invalidDefinitions() {
        return Combinators.combine(lifecycles("broken"), Arbitraries.integers().between(0, 4), Arbitraries.integers().between(0, 1000))
                .as(LifecycleArbitraries::breakIt);
    }

    private static InvalidLifecycle breakIt(Lifecycle valid, int how, int pick) {
        Lifecycle.Definition d = valid.definition();
        Map<String, Set<String>> t = new LinkedHashMap<>();
        d.transitions().forEach((s, to) -> t.put(s, new LinkedHashSet<>(to)));
        Set<String> terminal = new LinkedHashSet<>(d.terminal());
        List<String> states = List.copyOf(t.keySet());
        String initial = d.initial();
        String code;
        String brokenBy;
        switch (how) {
            case 0 -> {
                initial = "NOWHERE";
                code = "unknown_state";
                brokenBy = "an initial state that does not exist";
            }
            case 1 -> {
                t.put("ORPHAN", new LinkedHashSet<>(List.of(initial)));
                code = "unreachable_state";
                brokenBy = "a state nothing reaches";
            }
            case 2 -> {
                String s = states.get(pick % states.size());
                terminal.add(s);
                if (t.get(s).isEmpty()) {
                    t.get(s).add(initial);
                }
                code = "terminal_has_exits";
                brokenBy = "a terminal state " + s + " with exits";
            }
            case 3 -> {
                String s = states.get(pick % states.size());
                t.get(s).clear();
                terminal.remove(s);
                code = "dead_end";
                brokenBy = "a state " + s + " with no exits that is not terminal";
            }
            default -> {
                String s = states.stream().filter(x -> !terminal.contains(x)).findFirst().orElse(initial);
                terminal.remove(s);
                t.get(s).add("LIMBO");
                code = "unknown_state";
                brokenBy = "an exit from " + s + " to a state that is not defined";
            }
        }
        return new InvalidLifecycle(new Lifecycle.Definition(d.name(), initial, t, terminal, d.stopStates(), d.cancelState(),
                d.requiresLinesDone()), code, brokenBy);
    }

    /**
     * Walks along {@code lifecycle} from its initial state of up to {@link #MAX_WALK} steps, each to an
     * allowed exit; a walk stops early at a terminal state.
     */
    public static Arbitrary<List<String>> walks(Lifecycle lifecycle) {
        return Arbitraries.integers().between(0, Integer.MAX_VALUE).list().ofMaxSize(MAX_WALK)
                .map(choices -> walk(lifecycle, lifecycle.initial(), choices));
    }

    /** The walk that {@code choices} pick from {@code start}: the states entered. */
    public static List<String> walk(Lifecycle lifecycle, String start, List<Integer> choices) {
        List<String> entered = new ArrayList<>();
        String at = start;
        for (int choice : choices) {
            List<String> exits = List.copyOf(lifecycle.allowedFrom(at));
            if (exits.isEmpty()) {
                break;
            }
            at = exits.get(choice % exits.size());
            entered.add(at);
        }
        return entered;
    }

    /** Random lifecycles with a random walk along each. */
    public static Arbitrary<Walk> lifecyclesWithWalks() {
        return Arbitraries.oneOf(lifecycles(), knownLifecycles()).flatMap(l -> walks(l).map(w -> new Walk(l, w)));
    }

    /** The defaults (R10, R11) and the two custom lifecycles DESIGN.md names. */
    public static Arbitrary<Lifecycle> knownLifecycles() {
        return Arbitraries.of(DefaultLifecycles.ORDER, DefaultLifecycles.LINE_ITEM, RENTAL, DRAFT_SENT_PAID);
    }

    /**
     * Lifecycle sets orders are placed with: the defaults, the defaults with the rental lifecycle for
     * RENTAL lines, and sets of generated lifecycles for orders and lines.
     */
    public static Arbitrary<LifecycleSet> lifecycleSets() {
        Arbitrary<LifecycleSet> generated = Combinators.combine(lifecycles("generated_order"), lifecycles("generated_line"),
                        lifecycles("generated_rental").optional(0.5))
                .as((order, line, rental) -> {
                    LifecycleSet set = new LifecycleSet(order, line, Map.of(), List.of());
                    return rental.map(r -> set.withLineItemLifecycle(LineItemKind.RENTAL, r)).orElse(set);
                });
        return Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.just(LifecycleSet.DEFAULT)),
                Tuple.of(1, Arbitraries.just(LifecycleSet.DEFAULT.withLineItemLifecycle(LineItemKind.RENTAL, RENTAL))),
                Tuple.of(2, generated));
    }

    /** The states a transition from {@code from} may not go to: every other state of the lifecycle, and one it does not have (R13). */
    public static List<String> outside(Lifecycle lifecycle, String from) {
        List<String> outside = new ArrayList<>();
        for (String s : lifecycle.states()) {
            if (!lifecycle.allows(from, s)) {
                outside.add(s);
            }
        }
        outside.add(NOT_A_STATE);
        return outside;
    }

    /** The shortest way from {@code from} to a state where {@code done} holds, if there is one. */
    public static Optional<List<String>> pathTo(Lifecycle lifecycle, String from, Predicate<String> done) {
        Map<String, String> cameFrom = new LinkedHashMap<>();
        ArrayDeque<String> todo = new ArrayDeque<>(List.of(from));
        Set<String> seen = new LinkedHashSet<>(List.of(from));
        while (!todo.isEmpty()) {
            String s = todo.poll();
            if (done.test(s)) {
                List<String> path = new ArrayList<>();
                for (String at = s; !at.equals(from); at = cameFrom.get(at)) {
                    path.add(0, at);
                }
                return Optional.of(path);
            }
            for (String next : lifecycle.allowedFrom(s)) {
                if (seen.add(next)) {
                    cameFrom.put(next, s);
                    todo.add(next);
                }
            }
        }
        return Optional.empty();
    }

    public static final class Lifecycles implements ArbitrarySupplier<Lifecycle> {
        @Override
        public Arbitrary<Lifecycle> get() {
            return lifecycles();
        }
    }

    public static final class InvalidDefinitions implements ArbitrarySupplier<InvalidLifecycle> {
        @Override
        public Arbitrary<InvalidLifecycle> get() {
            return invalidDefinitions();
        }
    }

    public static final class Walks implements ArbitrarySupplier<Walk> {
        @Override
        public Arbitrary<Walk> get() {
            return lifecyclesWithWalks();
        }
    }

    public static final class LifecycleSets implements ArbitrarySupplier<LifecycleSet> {
        @Override
        public Arbitrary<LifecycleSet> get() {
            return lifecycleSets();
        }
    }
}
