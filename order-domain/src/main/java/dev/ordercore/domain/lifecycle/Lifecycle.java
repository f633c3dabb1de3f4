package dev.ordercore.domain.lifecycle;

import dev.ordercore.domain.shared.OrderError;
import dev.ordercore.domain.shared.Result;
import dev.ordercore.domain.shared.Violations;

import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A lifecycle as data (seed 001's allowed-transitions table): states, the initial state, the
 * allowed transitions and the terminal states. Orders and line items move only along it.
 *
 * <p>Three more facts make the order rules work for any lifecycle, not only the defaults:
 * <ul>
 *   <li>{@link #stopStates()}: targets that open BLOCKING entries do not hold back (R15; CANCELLED
 *       and REJECTED in the defaults);</li>
 *   <li>{@link #cancelState()}: where cancelling goes. Cancelling an order cancels its lines to
 *       their lifecycle's cancel state (R16); a line in the cancel state or a state only it leads
 *       to counts as cancelled;</li>
 *   <li>{@link #requiresLinesDone()}: order states entered only when every line that is not
 *       cancelled has reached a terminal state of its lifecycle (R16; DELIVERED in the default).</li>
 * </ul>
 *
 * <p>A lifecycle is valid only if its initial state exists, every state is reachable from it,
 * terminal states have no exits and every other state has one (R12). {@link #define} (and the
 * builder) is the only way to make one, and reports every violation.
 */
public final class Lifecycle {

    public static final int MAX_STATES = 64;
    /** Codes the order history uses for things that are not states; a state may not take these names. */
    public static final Set<String> RESERVED_STATES = Set.of("SUBMITTED", "MANUALLY_ADJUSTED", "CANCEL_INCOMPLETE");
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9_.-]{0,62}");
    private static final Pattern STATE = Pattern.compile("[A-Z][A-Z0-9_]{0,39}");

    private final String name;
    private final String initial;
    private final Map<String, Set<String>> transitions;
    private final Set<String> terminal;
    private final Set<String> stopStates;
    private final Optional<String> cancelState;
    private final Set<String> requiresLinesDone;
    private final Set<String> cancelledStates;
    private final Set<String> pastLinesDone;

    private Lifecycle(String name, String initial, Map<String, Set<String>> transitions, Set<String> terminal,
                      Set<String> stopStates, Optional<String> cancelState, Set<String> requiresLinesDone) {
        this.name = name;
        this.initial = initial;
        Map<String, Set<String>> copy = new LinkedHashMap<>();
        transitions.forEach((from, to) -> copy.put(from, Collections.unmodifiableSet(new LinkedHashSet<>(to))));
        this.transitions = Collections.unmodifiableMap(copy);
        this.terminal = Collections.unmodifiableSet(new LinkedHashSet<>(terminal));
        this.stopStates = Collections.unmodifiableSet(new LinkedHashSet<>(stopStates));
        this.cancelState = cancelState;
        this.requiresLinesDone = Collections.unmodifiableSet(new LinkedHashSet<>(requiresLinesDone));
        this.cancelledStates = cancelState.map(c -> onlyAfter(Set.of(c))).orElse(Set.of());
        this.pastLinesDone = requiresLinesDone.isEmpty() ? Set.of() : onlyAfter(this.requiresLinesDone);
    }

    /** Checks a definition against R12 and the naming rules, reporting every violation. */
    public static Result<Lifecycle, OrderError> define(Definition definition) {
        Violations v = validate(definition);
        if (!v.isEmpty()) {
            return v.toResult(null);
        }
        return Result.ok(new Lifecycle(definition.name(), definition.initial(), definition.transitions(), definition.terminal(),
                definition.stopStates(), definition.cancelState(), definition.requiresLinesDone()));
    }

    public static Builder builder(String name) {
        return new Builder(name);
    }

    public String name() {
        return name;
    }

    public String initial() {
        return initial;
    }

    /** Every state, in the order the definition listed them. */
    public Set<String> states() {
        return transitions.keySet();
    }

    public Map<String, Set<String>> transitions() {
        return transitions;
    }

    public Set<String> terminal() {
        return terminal;
    }

    public Set<String> stopStates() {
        return stopStates;
    }

    public Optional<String> cancelState() {
        return cancelState;
    }

    public Set<String> requiresLinesDone() {
        return requiresLinesDone;
    }

    public boolean has(String state) {
        return transitions.containsKey(state);
    }

    /** The states {@code from} may move to; empty for terminal and unknown states. */
    public Set<String> allowedFrom(String from) {
        return transitions.getOrDefault(from, Set.of());
    }

    public boolean allows(String from, String to) {
        return allowedFrom(from).contains(to);
    }

    public boolean isTerminal(String state) {
        return terminal.contains(state);
    }

    /** Whether a transition into {@code state} goes ahead despite open BLOCKING entries (R15). */
    public boolean isStop(String state) {
        return stopStates.contains(state);
    }

    /** The cancel state and the states only it leads to (REFUNDED after CANCELLED): the states that count as cancelled (R16). */
    public Set<String> cancelledStates() {
        return cancelledStates;
    }

    public boolean isCancelled(String state) {
        return cancelledStates.contains(state);
    }

    /**
     * R16: whether an order entering {@code state} ends without being fulfilled, so its lines are
     * cancelled where their lifecycles allow: the cancel state, or a terminal stop state such as
     * REJECTED. A stop state the order can leave again (ON_HOLD, say) cancels nothing.
     */
    public boolean cancelsLines(String state) {
        return cancelState.filter(state::equals).isPresent() || isStop(state) && isTerminal(state);
    }

    /**
     * Whether {@code state} is one of {@link #requiresLinesDone()} or comes only after them
     * (DELIVERED and COMPLETED in the default): an order there had every line done when it passed.
     */
    public boolean isPastLinesDone(String state) {
        return pastLinesDone.contains(state);
    }

    /**
     * {@code from} and the states only they lead to: those reachable from them that the initial
     * state cannot reach without passing through one of them. A lifecycle that can reopen a
     * cancelled order (CANCELLED → PENDING) does not make every state count as cancelled.
     */
    private Set<String> onlyAfter(Set<String> from) {
        Set<String> before = reachable(transitions, Set.of(initial), from);
        Set<String> after = reachable(transitions, from, Set.of());
        after.removeAll(before);
        after.addAll(from);
        return Collections.unmodifiableSet(after);
    }

    /** Every state reachable from {@code start}, {@code start} included. */
    public Set<String> reachableFrom(String start) {
        return reachable(transitions, Set.of(start), Set.of());
    }

    /**
     * Folds a sequence of entered states from the initial state (R14). Each step must be allowed
     * from the state before it; the answer is the state reached, or the first step that is not.
     */
    public Result<String, OrderError> fold(List<String> enteredStates) {
        String current = initial;
        for (String next : enteredStates) {
            if (!allows(current, next)) {
                return Result.err(new OrderError.TransitionNotAllowed("lifecycle " + name, current, next,
                        List.copyOf(allowedFrom(current))));
            }
            current = next;
        }
        return Result.ok(current);
    }

    public Definition definition() {
        return new Definition(name, initial, transitions, terminal, stopStates, cancelState, requiresLinesDone);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Lifecycle other && definition().equals(other.definition());
    }

    @Override
    public int hashCode() {
        return definition().hashCode();
    }

    @Override
    public String toString() {
        return "Lifecycle[" + name + ": " + transitions + ", terminal " + terminal + "]";
    }

    private static Violations validate(Definition d) {
        Violations v = new Violations();
        if (!NAME.matcher(d.name()).matches()) {
            v.add("name", "invalid_name", "a lifecycle name is 1-63 characters of [a-z0-9_.-], got '" + d.name() + "'");
        }
        Map<String, Set<String>> t = d.transitions();
        if (t.isEmpty()) {
            return v.add("states", "no_states", "a lifecycle has at least one state");
        }
        if (t.size() > MAX_STATES) {
            v.add("states", "too_many_states", "a lifecycle has at most " + MAX_STATES + " states");
        }
        for (String state : t.keySet()) {
            if (state == null || !STATE.matcher(state).matches()) {
                v.add("states", "invalid_state", "'" + state + "' is not a state name ([A-Z][A-Z0-9_]*, at most 40 characters)");
            } else if (RESERVED_STATES.contains(state)) {
                v.add("states", "reserved_state", state + " is reserved for history entries and cannot be a state");
            }
        }
        t.forEach((from, exits) -> {
            for (String to : exits) {
                if (!t.containsKey(to)) {
                    v.add("transitions." + from, "unknown_state", from + " → " + to + " goes to a state that is not defined");
                }
            }
        });
        if (!t.containsKey(d.initial())) {
            v.add("initial", "unknown_state", "the initial state " + d.initial() + " is not one of the states (R12)");
        } else {
            Set<String> reachable = reachable(t, Set.of(d.initial()), Set.of());
            for (String state : t.keySet()) {
                if (!reachable.contains(state)) {
                    v.add("states", "unreachable_state", state + " cannot be reached from " + d.initial() + " (R12)");
                }
            }
        }
        for (String state : d.terminal()) {
            if (!t.containsKey(state)) {
                v.add("terminal", "unknown_state", "terminal state " + state + " is not defined");
            } else if (!t.get(state).isEmpty()) {
                v.add("terminal", "terminal_has_exits", "terminal state " + state + " has exits " + t.get(state) + " (R12)");
            }
        }
        t.forEach((state, exits) -> {
            if (exits.isEmpty() && !d.terminal().contains(state)) {
                v.add("transitions." + state, "dead_end", state + " has no exits but is not declared terminal (R12)");
            }
        });
        for (String state : d.stopStates()) {
            if (!t.containsKey(state)) {
                v.add("stopStates", "unknown_state", "stop state " + state + " is not defined");
            }
        }
        d.cancelState().ifPresent(c -> {
            if (!t.containsKey(c)) {
                v.add("cancelState", "unknown_state", "cancel state " + c + " is not defined");
            } else if (!d.stopStates().contains(c)) {
                v.add("cancelState", "cancel_not_a_stop_state", "cancel state " + c
                        + " must be a stop state too: cancelling goes ahead whatever blocks are open (R15)");
            }
        });
        for (String state : d.requiresLinesDone()) {
            if (!t.containsKey(state)) {
                v.add("requiresLinesDone", "unknown_state", "state " + state + " is not defined");
            } else if (state.equals(d.initial())) {
                v.add("requiresLinesDone", "gate_is_initial", "the initial state " + state
                        + " cannot wait for lines to be done: orders start there (R16)");
            }
        }
        return v;
    }

    /** The states reachable from {@code starts} along {@code t}, never entering {@code barriers}. */
    private static Set<String> reachable(Map<String, Set<String>> t, Set<String> starts, Set<String> barriers) {
        Set<String> seen = new LinkedHashSet<>();
        Deque<String> todo = new ArrayDeque<>(starts);
        while (!todo.isEmpty()) {
            String s = todo.pop();
            if (t.containsKey(s) && !barriers.contains(s) && seen.add(s)) {
                todo.addAll(t.get(s));
            }
        }
        return seen;
    }

    /** A lifecycle as stated, before it is checked. */
    public record Definition(String name, String initial, Map<String, Set<String>> transitions, Set<String> terminal,
                             Set<String> stopStates, Optional<String> cancelState, Set<String> requiresLinesDone) {
        public Definition {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(initial, "initial");
            Objects.requireNonNull(cancelState, "cancelState");
            Map<String, Set<String>> copy = new LinkedHashMap<>();
            transitions.forEach((from, to) -> copy.put(from, Collections.unmodifiableSet(new LinkedHashSet<>(to))));
            transitions = Collections.unmodifiableMap(copy);
            terminal = Collections.unmodifiableSet(new LinkedHashSet<>(terminal));
            stopStates = Collections.unmodifiableSet(new LinkedHashSet<>(stopStates));
            requiresLinesDone = Collections.unmodifiableSet(new LinkedHashSet<>(requiresLinesDone));
        }
    }

    /**
     * Builds a lifecycle state by state. States listed with no exits are terminal:
     * {@code builder("rental").initial("RESERVED").state("RESERVED", "OUT", "CANCELLED")
     * .state("OUT", "RETURNED").state("RETURNED", "INSPECTED").state("INSPECTED").state("CANCELLED")
     * .stopStates("CANCELLED").cancelState("CANCELLED").build()}.
     */
    public static final class Builder {
        private final String name;
        private String initial = "";
        private final Map<String, Set<String>> transitions = new LinkedHashMap<>();
        private final Set<String> terminal = new LinkedHashSet<>();
        private final Set<String> stopStates = new LinkedHashSet<>();
        private Optional<String> cancelState = Optional.empty();
        private final Set<String> requiresLinesDone = new LinkedHashSet<>();

        private Builder(String name) {
            this.name = Objects.requireNonNull(name, "name");
        }

        public Builder initial(String state) {
            this.initial = Objects.requireNonNull(state, "initial");
            return this;
        }

        /** Adds {@code state} with these exits; a state without exits is declared terminal. */
        public Builder state(String state, String... exits) {
            transitions.computeIfAbsent(state, s -> new LinkedHashSet<>()).addAll(List.of(exits));
            if (exits.length == 0) {
                terminal.add(state);
            }
            return this;
        }

        public Builder stopStates(String... states) {
            stopStates.addAll(List.of(states));
            return this;
        }

        public Builder cancelState(String state) {
            this.cancelState = Optional.of(state);
            return this;
        }

        public Builder requiresLinesDone(String... states) {
            requiresLinesDone.addAll(List.of(states));
            return this;
        }

        public Definition definition() {
            return new Definition(name, initial, transitions, terminal, stopStates, cancelState, requiresLinesDone);
        }

        public Result<Lifecycle, OrderError> build() {
            return define(definition());
        }
    }
}
