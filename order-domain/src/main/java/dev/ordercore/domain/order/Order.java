package dev.ordercore.domain.order;

import dev.ordercore.domain.shared.Decimals;
import dev.ordercore.domain.shared.Text;
import dev.ordercore.domain.access.Permission;
import dev.ordercore.domain.access.Principal;
import dev.ordercore.domain.catalog.CatalogSnapshot;
import dev.ordercore.domain.json.JsonArray;
import dev.ordercore.domain.json.JsonObject;
import dev.ordercore.domain.json.JsonString;
import dev.ordercore.domain.json.JsonValue;
import dev.ordercore.domain.lifecycle.Lifecycle;
import dev.ordercore.domain.shared.Address;
import dev.ordercore.domain.shared.DomainEvent;
import dev.ordercore.domain.shared.EntityType;
import dev.ordercore.domain.shared.Money;
import dev.ordercore.domain.shared.OrderError;
import dev.ordercore.domain.shared.Reason;
import dev.ordercore.domain.shared.Result;
import dev.ordercore.domain.shared.RoundingPolicy;
import dev.ordercore.domain.shared.TenantId;
import dev.ordercore.domain.shared.Violation;
import dev.ordercore.domain.shared.Violations;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * An order: a loose grouping of line items (seed 003) with the header facts people need (seed
 * 001) and no process state of other modules (seed 004's clean core; R26: no case ids). Its status
 * and its lines' statuses are projections of its {@code order:} history entries (R14), and its
 * open blocks a projection of its BLOCKING entries (R15, R20); every change here returns the
 * entries that record it.
 *
 * <p>An order is immutable: each change returns a new order with the next {@code version}, which
 * stores check for optimistic concurrency.
 */
public final class Order {

    public static final int MAX_LINES = 1000;
    public static final int MAX_NOTES = 4000;

    /** Everything an order is, as stores save and load it. */
    public record State(
            TenantId tenant,
            OrderId id,
            OrderNumber number,
            Currency currency,
            Optional<CustomerId> customer,
            Optional<VendorId> vendor,
            Optional<String> notes,
            Optional<String> internalNotes,
            Optional<Contact> contact,
            Optional<Address> deliveryAddress,
            Optional<LocalDate> estimatedDelivery,
            Optional<LocalDate> confirmedDelivery,
            Optional<IntentRef> intentRef,
            String createdBy,
            Instant createdAt,
            Instant updatedAt,
            long version,
            Optional<Instant> deletedAt,
            String lifecycle,
            String status,
            List<LineItem> lineItems,
            List<Block> openBlocks) {

        public State {
            Objects.requireNonNull(tenant, "tenant");
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(number, "number");
            Objects.requireNonNull(currency, "currency");
            Objects.requireNonNull(customer, "customer");
            Objects.requireNonNull(vendor, "vendor");
            Objects.requireNonNull(notes, "notes");
            Objects.requireNonNull(internalNotes, "internalNotes");
            Objects.requireNonNull(contact, "contact");
            Objects.requireNonNull(deliveryAddress, "deliveryAddress");
            Objects.requireNonNull(estimatedDelivery, "estimatedDelivery");
            Objects.requireNonNull(confirmedDelivery, "confirmedDelivery");
            Objects.requireNonNull(intentRef, "intentRef");
            Objects.requireNonNull(createdBy, "createdBy");
            Objects.requireNonNull(createdAt, "createdAt");
            Objects.requireNonNull(updatedAt, "updatedAt");
            Objects.requireNonNull(deletedAt, "deletedAt");
            Objects.requireNonNull(lifecycle, "lifecycle");
            Objects.requireNonNull(status, "status");
            lineItems = List.copyOf(lineItems);
            openBlocks = List.copyOf(openBlocks);
        }
    }

    /**
     * Everything placing an order needs; the application looks up the catalog and the tenant's
     * policies. The number is drawn only once the order is known to be valid, so refused orders
     * leave no gaps in a tenant's numbering.
     */
    public record Placement(TenantId tenant, OrderId id, Supplier<OrderNumber> number, OrderDraft draft, CatalogSnapshot catalog,
                            RoundingPolicy rounding, LifecycleSet lifecycles, OrderIds ids, Optional<IntentRef> intentRef,
                            Principal actor, Instant now, OrderLimits limits) {
        public Placement {
            Objects.requireNonNull(limits, "limits");
            Objects.requireNonNull(tenant, "tenant");
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(number, "number");
            Objects.requireNonNull(draft, "draft");
            Objects.requireNonNull(catalog, "catalog");
            Objects.requireNonNull(rounding, "rounding");
            Objects.requireNonNull(lifecycles, "lifecycles");
            Objects.requireNonNull(ids, "ids");
            Objects.requireNonNull(intentRef, "intentRef");
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(now, "now");
        }

        /** Without a tenant's limits: only the model's own ({@link OrderLimits#MODEL}). */
        public Placement(TenantId tenant, OrderId id, Supplier<OrderNumber> number, OrderDraft draft, CatalogSnapshot catalog,
                         RoundingPolicy rounding, LifecycleSet lifecycles, OrderIds ids, Optional<IntentRef> intentRef,
                         Principal actor, Instant now) {
            this(tenant, id, number, draft, catalog, rounding, lifecycles, ids, intentRef, actor, now, OrderLimits.MODEL);
        }

        /** Without a tenant's limits: only the model's own ({@link OrderLimits#MODEL}). */
        public Placement(TenantId tenant, OrderId id, OrderNumber number, OrderDraft draft, CatalogSnapshot catalog,
                         RoundingPolicy rounding, LifecycleSet lifecycles, OrderIds ids, Optional<IntentRef> intentRef,
                         Principal actor, Instant now) {
            this(tenant, id, () -> number, draft, catalog, rounding, lifecycles, ids, intentRef, actor, now, OrderLimits.MODEL);
        }
    }

    /**
     * Lines to add and lines to cancel, with the reason an operator gives (R14: {@code order:manually_adjusted}),
     * and the tenant's limits the adjusted order must keep to.
     */
    public record Adjustment(List<LineItemDraft> add, List<LineItemId> cancel, String reason, Principal actor, OrderLimits limits) {
        public Adjustment {
            add = List.copyOf(add);
            cancel = List.copyOf(cancel);
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(limits, "limits");
        }

        /** Without a tenant's limits: only the model's own ({@link OrderLimits#MODEL}). */
        public Adjustment(List<LineItemDraft> add, List<LineItemId> cancel, String reason, Principal actor) {
            this(add, cancel, reason, actor, OrderLimits.MODEL);
        }
    }

    /**
     * A supplier's answer to the order (seed 001), as the order applies it: the lines to cancel and
     * the lines that take their place at the quantities and prices the supplier confirmed, the state
     * the answer moves the order to, why, whether to force it past open blocks (R15), the delivery
     * date the supplier confirmed, and the confirmation every entry it writes names.
     */
    public record SupplierAnswer(String target, List<LineItemId> cancel, List<LineItemDraft> add, String reason, boolean force,
                                 Optional<LocalDate> confirmedDelivery, String confirmation, Principal actor) {
        public SupplierAnswer {
            Objects.requireNonNull(target, "target");
            cancel = List.copyOf(cancel);
            add = List.copyOf(add);
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(confirmedDelivery, "confirmedDelivery");
            Objects.requireNonNull(confirmation, "confirmation");
            Objects.requireNonNull(actor, "actor");
        }
    }

    private final State state;

    private Order(State state) {
        this.state = state;
        checkInvariants(state);
    }

    /** An order as a store had it. Broken invariants are a programming or data error and throw. */
    public static Order rehydrate(State state) {
        return new Order(Objects.requireNonNull(state, "state"));
    }

    /**
     * Places a new order (R1-R9, R14): every line is checked and every violation of every line is
     * reported at once; lines without a unit price are priced from their klass (R32) and the
     * tenant's modifier rules add their charge lines after the requested ones (R33), all counted in
     * the expected total when one is given. The tenant's limits (its settings) bound the number of
     * requested lines and the total, reported with the other violations. On success the order and
     * its lines start in their lifecycles' initial states and the history gets {@code order:submitted}.
     */
    public static Result<OrderChange, OrderError> place(Placement p) {
        OrderDraft d = p.draft();
        Violations v = new Violations();
        v.check(!Money.isUsableCurrency(d.currency().getCurrencyCode()), "currency", "invalid_currency",
                d.currency() + " has no minor units and cannot be an order's currency");
        text(v, "notes", d.notes(), MAX_NOTES);
        text(v, "internalNotes", d.internalNotes(), MAX_NOTES);
        d.estimatedDelivery().ifPresent(date -> Dates.outOfRange(v, "estimatedDelivery", "the estimated delivery date", date, "R1"));
        if (d.lineItems().isEmpty()) {
            v.add("lineItems", "no_lines", "an order has at least one line");
        } else if (d.lineItems().size() > MAX_LINES) {
            v.add("lineItems", "too_many_lines", "an order has at most " + MAX_LINES + " lines");
            return v.toResult(null);
        } else {
            p.limits().checkLines(v, "lineItems", d.lineItems().size());
        }
        Lifecycle lifecycle = p.lifecycles().order();
        LinePlanner.Context ctx = new LinePlanner.Context(p.tenant(), d.currency(), d.customer(), d.vendor(), p.catalog(), p.rounding(),
                p.lifecycles(), List.of(), p.ids(), p.now());
        List<LineItem> lines = LinePlanner.plan(d.lineItems(), ctx, v, "lineItems", 0);
        List<LineItem> charges = v.isEmpty() ? ModifierRules.apply(lines, ctx, v, "lineItems", lines.size()) : List.of();
        if (v.isEmpty() && lines.size() + charges.size() > MAX_LINES) {
            v.add("lineItems", "too_many_lines", "an order has at most " + MAX_LINES + " lines; with the " + charges.size()
                    + " charges its modifier rules add (R33) it would have " + (lines.size() + charges.size()));
        }
        lines = concat(lines, charges);
        if (v.isEmpty()) {
            Money total = Money.sum(lines.stream().map(LineItem::amount).toList(), d.currency());
            p.limits().checkValue(v, "lineItems", total.amount());
            d.expectedTotal().ifPresent(expected -> v.check(expected.compareTo(total.amount()) != 0, "expectedTotal", "total_mismatch",
                    "the expected total " + Decimals.show(expected) + " differs from the lines' total " + Decimals.show(total.amount())));
        }
        if (!v.isEmpty()) {
            return v.toResult(null);
        }
        OrderNumber number = p.number().get();
        Order order = new Order(new State(p.tenant(), p.id(), number, d.currency(), d.customer(), d.vendor(),
                d.notes().map(String::strip), d.internalNotes().map(String::strip), d.contact(), d.deliveryAddress(),
                d.estimatedDelivery(), Optional.empty(), p.intentRef(), p.actor().subject(), p.now(), p.now(), 1,
                Optional.empty(), lifecycle.name(), lifecycle.initial(), lines, List.of()));
        JsonObject.Builder payload = JsonObject.builder()
                .put("status", lifecycle.initial())
                .put("number", number.value())
                .put("lineItems", lines.size());
        if (!charges.isEmpty()) {
            payload.put("ruleCharges", ids(charges.stream().map(LineItem::id).toList()));
        }
        p.intentRef().ifPresent(ref -> payload.put("intent", ref.toString()));
        NewStatusEntry submitted = NewStatusEntry.ofOrder(p.ids().entry(), p.tenant(), p.id(), Optional.empty(),
                StatusCode.SUBMITTED, Severity.INFO, payload.build(), p.now(), p.actor().subject());
        return Result.ok(new OrderChange(order, List.of(submitted),
                List.of(new OrderEvents.OrderPlaced(p.tenant(), p.id(), OrderJson.of(order, p.lifecycles()), p.now()))));
    }

    /**
     * Moves the order to {@code request.target()} along its lifecycle (R13-R16). Refused, with
     * nothing written, when the lifecycle does not allow it, when open BLOCKING entries hold it
     * back and it is not forced by a principal allowed to override, or when a state that needs
     * the lines done is asked for too early. Cancelling cancels every line that can be cancelled
     * and names the others in an {@code order:cancel_incomplete} WARNING.
     */
    public Result<OrderChange, OrderError> transition(TransitionRequest request, LifecycleSet lifecycles, OrderIds ids, Instant now) {
        Optional<OrderError> refused = refuseIfDeleted();
        if (refused.isPresent()) {
            return Result.err(refused.get());
        }
        Lifecycle lifecycle = lifecycles.named(state.lifecycle());
        String from = state.status();
        String to = request.target();
        String subject = "order " + state.number();
        Optional<OrderError> badReason = checkReason(request);
        if (badReason.isPresent()) {
            return Result.err(badReason.get());
        }
        if (!lifecycle.allows(from, to)) {
            return Result.err(new OrderError.TransitionNotAllowed(subject, from, to, List.copyOf(lifecycle.allowedFrom(from))));
        }
        Result<List<Block>, OrderError> overridden = passBlocks(subject, request, lifecycle, Optional.empty(), lifecycles);
        if (overridden.isErr()) {
            return Result.err(overridden.error());
        }
        if (lifecycle.requiresLinesDone().contains(to)) {
            List<String> notDone = state.lineItems().stream()
                    .filter(l -> {
                        Lifecycle ll = lifecycles.named(l.lifecycle());
                        return !ll.isCancelled(l.status()) && !ll.isTerminal(l.status());
                    })
                    .map(l -> l.id() + " (" + l.status() + ")")
                    .toList();
            if (!notDone.isEmpty()) {
                return Result.err(new OrderError.LinesNotDone(to, notDone));
            }
        }
        List<NewStatusEntry> entries = new ArrayList<>();
        List<DomainEvent> events = new ArrayList<>();
        entries.add(transitionEntry(ids, Optional.empty(), from, to, request.reason(), request.actor(), overridden.value(), now));
        events.add(new OrderEvents.OrderStatusChanged(state.tenant(), state.id(), from, to, request.reason(),
                !overridden.value().isEmpty(), request.actor().subject(), now));
        List<LineItem> lines = state.lineItems();
        if (lifecycle.cancelsLines(to)) {
            lines = cascadeCancel(request, lifecycles, ids, now, entries, events);
        }
        Order next = with(now, to, lines, state.openBlocks(), state.deletedAt());
        return Result.ok(new OrderChange(next, entries, events));
    }

    /** Moves one line along its own lifecycle (R13-R15); blocks on the order and on that line hold it back. */
    public Result<OrderChange, OrderError> transitionLine(LineItemId lineId, TransitionRequest request, LifecycleSet lifecycles,
                                                          OrderIds ids, Instant now) {
        Optional<OrderError> refused = refuseIfDeleted();
        if (refused.isPresent()) {
            return Result.err(refused.get());
        }
        Optional<LineItem> found = line(lineId);
        if (found.isEmpty()) {
            return Result.err(new OrderError.NotFound(EntityType.LINE_ITEM, lineId.toString()));
        }
        LineItem line = found.get();
        Lifecycle lifecycle = lifecycles.named(line.lifecycle());
        String from = line.status();
        String to = request.target();
        String subject = "line item " + lineId;
        Optional<OrderError> badReason = checkReason(request);
        if (badReason.isPresent()) {
            return Result.err(badReason.get());
        }
        if (!lifecycle.allows(from, to)) {
            return Result.err(new OrderError.TransitionNotAllowed(subject, from, to, List.copyOf(lifecycle.allowedFrom(from))));
        }
        Result<List<Block>, OrderError> overridden = passBlocks(subject, request, lifecycle, Optional.of(lineId), lifecycles);
        if (overridden.isErr()) {
            return Result.err(overridden.error());
        }
        List<NewStatusEntry> entries = new ArrayList<>();
        List<DomainEvent> events = new ArrayList<>();
        entries.add(transitionEntry(ids, Optional.of(lineId), from, to, request.reason(), request.actor(), overridden.value(), now));
        events.add(new OrderEvents.LineItemStatusChanged(state.tenant(), state.id(), lineId, from, to, request.reason(),
                !overridden.value().isEmpty(), request.actor().subject(), now));
        List<LineItem> lines = new ArrayList<>(replaceLine(line.withStatus(to)));
        if (lifecycle.isCancelled(to)) {
            // R33: the charges rules added to a line go with it, as when an adjustment cancels it.
            List<LineItem> kept = new ArrayList<>();
            List<LineItem> withCharges = withRuleCharges(List.of(line), lifecycles, kept);
            for (LineItem charge : withCharges.subList(1, withCharges.size())) {
                String cancel = lifecycles.named(charge.lifecycle()).cancelState().orElseThrow();
                entries.add(transitionEntry(ids, Optional.of(charge.id()), charge.status(), cancel, request.reason(), request.actor(),
                        List.of(), now));
                events.add(new OrderEvents.LineItemStatusChanged(state.tenant(), state.id(), charge.id(), charge.status(), cancel,
                        request.reason(), false, request.actor().subject(), now));
                lines.replaceAll(l -> l.id().equals(charge.id()) ? l.withStatus(cancel) : l);
            }
            if (!kept.isEmpty()) {
                NewStatusEntry warning = cancelIncomplete(kept, ids, request.actor(), now);
                entries.add(warning);
                events.add(appended(warning, now));
            }
        }
        Order next = with(now, state.status(), lines, state.openBlocks(), state.deletedAt());
        return Result.ok(new OrderChange(next, entries, events));
    }

    /**
     * Adds and cancels lines with a reason (R14: one {@code order:manually_adjusted} entry, plus one
     * {@code order:<cancel state>} entry per cancelled line). Added lines are checked and priced
     * exactly as at placement and may modify existing lines by id (R7). Modifier rules charge the
     * added lines only (R33): a rule created after the order was placed does not charge its old
     * lines. Cancelling a line also cancels the charges rules added to it; one that can no longer be
     * cancelled is named in an {@code order:cancel_incomplete} WARNING. The adjusted order keeps to
     * the tenant's limits ({@link #checkLimits}). Terminal and deleted orders are not adjusted.
     */
    public Result<OrderChange, OrderError> adjust(Adjustment adjustment, CatalogSnapshot catalog, RoundingPolicy rounding,
                                                  LifecycleSet lifecycles, OrderIds ids, Instant now) {
        Optional<OrderError> refused = refuseIfDeleted();
        if (refused.isPresent()) {
            return Result.err(refused.get());
        }
        Lifecycle lifecycle = lifecycles.named(state.lifecycle());
        if (lifecycle.isTerminal(state.status())) {
            return Result.err(new OrderError.OrderNotAdjustable(state.id().toString(), state.status()));
        }
        Violations v = new Violations();
        if (!adjustment.add().isEmpty() && lifecycle.isPastLinesDone(state.status())) {
            v.add("add", "lines_done", "the order is " + state.status() + ": every line was done when it got there (R16), "
                    + "so no line can be added now");
        }
        String reason = adjustment.reason().strip();
        v.check(reason.isEmpty(), "reason", "reason_required", "an adjustment says why");
        Reason.violation("reason", Optional.of(reason)).ifPresent(x -> v.add(x.path(), x.code(), x.message()));
        if (adjustment.add().isEmpty() && adjustment.cancel().isEmpty()) {
            v.add("", "nothing_to_adjust", "an adjustment adds or cancels at least one line");
        }
        if (state.lineItems().size() + adjustment.add().size() > MAX_LINES) {
            v.add("add", "too_many_lines", "an order has at most " + MAX_LINES + " lines");
        }
        List<LineItem> cancelled = new ArrayList<>();
        Set<LineItemId> seen = new HashSet<>();
        for (int i = 0; i < adjustment.cancel().size(); i++) {
            LineItemId id = adjustment.cancel().get(i);
            Violations cv = v.at("cancel", i);
            Optional<LineItem> line = line(id);
            if (line.isEmpty()) {
                cv.here("unknown_line", "no line " + id + " on this order");
            } else if (!seen.add(id)) {
                cv.here("duplicate_line", "line " + id + " is listed twice");
            } else {
                Lifecycle ll = lifecycles.named(line.get().lifecycle());
                Optional<String> cancel = ll.cancelState().filter(c -> ll.allows(line.get().status(), c));
                if (cancel.isEmpty()) {
                    cv.here("not_cancellable", "line " + id + " is " + line.get().status() + " and its lifecycle does not allow cancelling it");
                } else {
                    cancelled.add(line.get());
                }
            }
        }
        LinePlanner.Context ctx = new LinePlanner.Context(state.tenant(), state.currency(), state.customer(), state.vendor(), catalog, rounding,
                lifecycles, state.lineItems(), ids, now);
        List<LineItem> planned = LinePlanner.plan(adjustment.add(), ctx, v, "add", state.lineItems().size());
        List<LineItem> charges = v.isEmpty()
                ? ModifierRules.apply(planned, ctx, v, "add", state.lineItems().size() + planned.size())
                : List.of();
        int count = state.lineItems().size() + planned.size() + charges.size();
        if (v.isEmpty() && count > MAX_LINES) {
            v.add("add", "too_many_lines", "an order has at most " + MAX_LINES + " lines; with the " + charges.size()
                    + " charges its modifier rules add (R33) it would have " + count);
        }
        List<LineItem> keptCharges = new ArrayList<>();
        if (v.isEmpty()) {
            cancelled = withRuleCharges(cancelled, lifecycles, keptCharges);
            cancelled = withReplacedRuleCharges(cancelled, planned, lifecycles, keptCharges);
            checkLimits(adjustment.limits(), v, lifecycles, cancelled, concat(planned, charges));
        }
        if (!v.isEmpty()) {
            return v.toResult(null);
        }
        List<LineItem> added = concat(planned, charges);
        List<NewStatusEntry> entries = new ArrayList<>();
        List<DomainEvent> events = new ArrayList<>();
        List<LineItem> lines = new ArrayList<>(state.lineItems());
        for (LineItem line : cancelled) {
            Lifecycle ll = lifecycles.named(line.lifecycle());
            String to = ll.cancelState().orElseThrow();
            entries.add(transitionEntry(ids, Optional.of(line.id()), line.status(), to, Optional.of(reason), adjustment.actor(), List.of(), now));
            events.add(new OrderEvents.LineItemStatusChanged(state.tenant(), state.id(), line.id(), line.status(), to,
                    Optional.of(reason), false, adjustment.actor().subject(), now));
            lines.replaceAll(l -> l.id().equals(line.id()) ? l.withStatus(to) : l);
        }
        if (!keptCharges.isEmpty()) {
            NewStatusEntry warning = cancelIncomplete(keptCharges, ids, adjustment.actor(), now);
            entries.add(warning);
            events.add(appended(warning, now));
        }
        lines.addAll(added);
        List<LineItemId> addedIds = added.stream().map(LineItem::id).toList();
        List<LineItemId> cancelledIds = cancelled.stream().map(LineItem::id).toList();
        JsonObject.Builder adjusted = JsonObject.builder()
                .put("reason", reason)
                .put("added", ids(addedIds))
                .put("cancelled", ids(cancelledIds));
        if (!charges.isEmpty()) {
            adjusted.put("ruleCharges", ids(charges.stream().map(LineItem::id).toList()));
        }
        entries.add(NewStatusEntry.ofOrder(ids.entry(), state.tenant(), state.id(), Optional.empty(), StatusCode.MANUALLY_ADJUSTED,
                Severity.INFO, adjusted.build(), now, adjustment.actor().subject()));
        Order next = with(now, state.status(), lines, state.openBlocks(), state.deletedAt());
        events.add(new OrderEvents.OrderAdjusted(state.tenant(), state.id(), addedIds, cancelledIds, reason,
                adjustment.actor().subject(), OrderJson.of(next, lifecycles), now));
        return Result.ok(new OrderChange(next, entries, events));
    }

    /**
     * The tenant's limits after an adjustment: it may not take the order past them, nor further
     * past them than it was (settings may have changed since it was placed, and an adjustment
     * that brings such an order back towards its limits is allowed).
     */
    private void checkLimits(OrderLimits limits, Violations v, LifecycleSet lifecycles, List<LineItem> cancelled, List<LineItem> added) {
        Set<LineItemId> gone = new HashSet<>();
        cancelled.forEach(l -> gone.add(l.id()));
        List<LineItem> before = state.lineItems().stream().filter(l -> !lifecycles.named(l.lifecycle()).isCancelled(l.status())).toList();
        List<LineItem> after = new ArrayList<>(before.stream().filter(l -> !gone.contains(l.id())).toList());
        after.addAll(added);
        long linesBefore = before.stream().filter(l -> !l.isRuleCharge()).count();
        long linesAfter = after.stream().filter(l -> !l.isRuleCharge()).count();
        if (linesAfter > linesBefore) {
            limits.checkLines(v, "add", (int) linesAfter);
        }
        BigDecimal totalBefore = Money.sum(before.stream().map(LineItem::amount).toList(), state.currency()).amount();
        BigDecimal totalAfter = Money.sum(after.stream().map(LineItem::amount).toList(), state.currency()).amount();
        boolean furtherAbove = limits.maxValue().filter(max -> totalAfter.compareTo(max) > 0 && totalAfter.compareTo(totalBefore) > 0).isPresent();
        boolean furtherBelow = limits.minValue().filter(min -> totalAfter.compareTo(min) < 0 && totalAfter.compareTo(totalBefore) < 0).isPresent();
        if (furtherAbove || furtherBelow) {
            limits.checkValue(v, "", totalAfter);
        }
    }

    /**
     * Marks the order deleted: it leaves lists but stays readable by id with its history and
     * relations. Recorded as {@code order:manually_adjusted}; a deleted order no longer changes.
     */
    public Result<OrderChange, OrderError> delete(String reason, Principal actor, OrderIds ids, Instant now) {
        Optional<OrderError> refused = refuseIfDeleted();
        if (refused.isPresent()) {
            return Result.err(refused.get());
        }
        String why = reason.strip();
        Optional<Violation> tooLong = Reason.violation("reason", Optional.of(why));
        if (tooLong.isPresent()) {
            return Result.err(new OrderError.ValidationFailed(List.of(tooLong.get())));
        }
        JsonObject.Builder payload = JsonObject.builder().put("deleted", true);
        if (!why.isEmpty()) {
            payload.put("reason", why);
        }
        NewStatusEntry entry = NewStatusEntry.ofOrder(ids.entry(), state.tenant(), state.id(), Optional.empty(),
                StatusCode.MANUALLY_ADJUSTED, Severity.INFO, payload.build(), now, actor.subject());
        Order next = with(now, state.status(), state.lineItems(), state.openBlocks(), Optional.of(now));
        return Result.ok(new OrderChange(next, List.of(entry),
                List.of(new OrderEvents.OrderDeleted(state.tenant(), state.id(), why, actor.subject(), now))));
    }

    /**
     * Applies a supplier's answer as one change, at the next version (seed 001): first the lines it
     * restates are cancelled and added again at the confirmed quantity and price, exactly as an
     * adjustment does it (R14: {@code order:manually_adjusted}; the rule charges of a cancelled line
     * go with it and rules charge the new lines, R33); then the order moves to the answer's target as
     * a transition does (R13, R15, R16: refused when the lifecycle does not allow it or open blocks
     * hold it back unless forced); a confirmed delivery date is kept on the order. Every entry
     * written names the confirmation. Refused, with nothing written, when any step is; violations of
     * the added lines are reported at {@code add[i]}, as an adjustment reports them.
     */
    public Result<OrderChange, OrderError> answerFromSupplier(SupplierAnswer answer, CatalogSnapshot catalog, RoundingPolicy rounding,
                                                              LifecycleSet lifecycles, OrderIds ids, Instant now) {
        Optional<OrderError> refused = refuseIfDeleted();
        if (refused.isPresent()) {
            return Result.err(refused.get());
        }
        Lifecycle lifecycle = lifecycles.named(state.lifecycle());
        if (!lifecycle.allows(state.status(), answer.target())) {
            return Result.err(new OrderError.TransitionNotAllowed("order " + state.number(), state.status(), answer.target(),
                    List.copyOf(lifecycle.allowedFrom(state.status()))));
        }
        Order at = this;
        List<NewStatusEntry> entries = new ArrayList<>();
        List<DomainEvent> events = new ArrayList<>();
        if (!answer.cancel().isEmpty() || !answer.add().isEmpty()) {
            Result<OrderChange, OrderError> adjusted = adjust(new Adjustment(answer.add(), answer.cancel(), answer.reason(), answer.actor()),
                    catalog, rounding, lifecycles, ids, now);
            if (adjusted.isErr()) {
                return Result.err(adjusted.error());
            }
            at = adjusted.value().order();
            entries.addAll(adjusted.value().entries());
            events.addAll(adjusted.value().events());
        }
        Result<OrderChange, OrderError> moved = at.transition(
                new TransitionRequest(answer.target(), Optional.of(answer.reason()), answer.force(), answer.actor()), lifecycles, ids, now);
        if (moved.isErr()) {
            return Result.err(moved.error());
        }
        entries.addAll(moved.value().entries());
        events.addAll(moved.value().events());
        State s = moved.value().order().state();
        Order next = new Order(new State(s.tenant(), s.id(), s.number(), s.currency(), s.customer(), s.vendor(), s.notes(),
                s.internalNotes(), s.contact(), s.deliveryAddress(), s.estimatedDelivery(),
                answer.confirmedDelivery().or(s::confirmedDelivery), s.intentRef(), s.createdBy(), s.createdAt(), s.updatedAt(),
                state.version() + 1, s.deletedAt(), s.lifecycle(), s.status(), s.lineItems(), s.openBlocks()));
        List<NewStatusEntry> named = entries.stream().map(e -> naming(e, answer.confirmation())).toList();
        return Result.ok(new OrderChange(next, named, events));
    }

    /** {@code entry} with the supplier confirmation it records in its payload. */
    private static NewStatusEntry naming(NewStatusEntry e, String confirmation) {
        JsonObject.Builder payload = JsonObject.builder();
        e.payload().members().forEach(payload::put);
        payload.put("supplierConfirmation", confirmation);
        return new NewStatusEntry(e.id(), e.tenant(), e.order(), e.lineItem(), e.code(), e.category(), e.severity(), payload.build(),
                e.recordedAt(), e.writtenBy(), e.dedupeKey(), e.closes());
    }

    /**
     * Takes note of an entry a module writer appends: a BLOCKING entry opens a block, an entry
     * that closes an open block lifts it (R15, R20). The order changes (and its version moves)
     * only when its blocks do. Entries in the {@code order} namespace are written only by the
     * order itself (R18). A deleted order still takes entries (modules finish their work and close
     * what they opened), but no new blocks.
     */
    public Result<OrderChange, OrderError> record(NewStatusEntry entry, Instant now) {
        if (!entry.order().equals(state.id()) || !entry.tenant().equals(state.tenant())) {
            throw new IllegalArgumentException("entry " + entry.id() + " belongs to another order");
        }
        if (entry.code().isOrder()) {
            return Result.err(new OrderError.ReservedNamespace(StatusCode.ORDER));
        }
        if (isDeleted() && entry.isBlocking()) {
            return Result.err(new OrderError.OrderDeleted(state.id().toString()));
        }
        if (entry.lineItem().isPresent() && line(entry.lineItem().get()).isEmpty()) {
            return Result.err(new OrderError.NotFound(EntityType.LINE_ITEM, entry.lineItem().get().toString()));
        }
        List<Block> blocks = new ArrayList<>(state.openBlocks());
        boolean changed = entry.closes().map(closed -> blocks.removeIf(b -> b.entry().equals(closed))).orElse(false);
        if (entry.isBlocking()) {
            blocks.add(new Block(entry.id(), entry.lineItem(), entry.code()));
            changed = true;
        }
        Order next = changed ? with(now, state.status(), state.lineItems(), blocks, state.deletedAt()) : this;
        DomainEvent event = new OrderEvents.StatusEntryAppended(state.tenant(), state.id(), entry.id(), entry.lineItem(),
                entry.code(), entry.severity(), entry.closes(), entry.payload(), entry.recordedAt(), entry.writtenBy(), now);
        return Result.ok(new OrderChange(next, List.of(entry), List.of(event)));
    }

    /**
     * The same order at the next version: something stored beside the order and shown with it (its
     * manual calculation, R31) changed, so a reader holding the old version must read again and a
     * writer's stale If-Match is refused. Lines, status and history are untouched.
     */
    public Order touched(Instant now) {
        return with(now, state.status(), state.lineItems(), state.openBlocks(), state.deletedAt());
    }

    // ---- reading

    public State state() {
        return state;
    }

    public TenantId tenant() {
        return state.tenant();
    }

    public OrderId id() {
        return state.id();
    }

    public OrderNumber number() {
        return state.number();
    }

    public Currency currency() {
        return state.currency();
    }

    public Optional<CustomerId> customer() {
        return state.customer();
    }

    public String status() {
        return state.status();
    }

    public String lifecycle() {
        return state.lifecycle();
    }

    public long version() {
        return state.version();
    }

    public Instant createdAt() {
        return state.createdAt();
    }

    public boolean isDeleted() {
        return state.deletedAt().isPresent();
    }

    public boolean isBlocked() {
        return !state.openBlocks().isEmpty();
    }

    public List<LineItem> lineItems() {
        return state.lineItems();
    }

    public List<Block> openBlocks() {
        return state.openBlocks();
    }

    public Optional<LineItem> line(LineItemId id) {
        return state.lineItems().stream().filter(l -> l.id().equals(id)).findFirst();
    }

    /** The customers of the order: its default and those of its lines. */
    public Set<CustomerId> customers() {
        Set<CustomerId> all = new LinkedHashSet<>();
        state.customer().ifPresent(all::add);
        state.lineItems().forEach(l -> l.customer().ifPresent(all::add));
        return all;
    }

    /** The sum of the amounts of the lines that are not cancelled; independent of line order (R8). */
    public Money total(LifecycleSet lifecycles) {
        return Money.sum(state.lineItems().stream()
                .filter(l -> !lifecycles.named(l.lifecycle()).isCancelled(l.status()))
                .map(LineItem::amount)
                .toList(), state.currency());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Order other && state.equals(other.state);
    }

    @Override
    public int hashCode() {
        return state.hashCode();
    }

    @Override
    public String toString() {
        return "Order[" + state.number() + " " + state.status() + " v" + state.version() + ", " + state.lineItems().size() + " lines]";
    }

    // ---- internals

    private static Optional<OrderError> checkReason(TransitionRequest request) {
        return Reason.violation("reason", request.reason()).map(v -> new OrderError.ValidationFailed(List.of(v)));
    }

    private Optional<OrderError> refuseIfDeleted() {
        return state.deletedAt().isPresent() ? Optional.of(new OrderError.OrderDeleted(state.id().toString())) : Optional.empty();
    }

    /**
     * R15: the blocks that hold back this transition; refused unless there are none, the target is
     * a stop state, or the transition is forced by a principal allowed to override, with a reason.
     * A block on a line that has been cancelled no longer holds back the order (that line will not
     * move on with it), but still holds back the line itself (its refund, say).
     * Answers the blocks a forced transition overrode.
     */
    private Result<List<Block>, OrderError> passBlocks(String subject, TransitionRequest request, Lifecycle lifecycle,
                                                       Optional<LineItemId> line, LifecycleSet lifecycles) {
        List<Block> holding = state.openBlocks().stream()
                .filter(b -> b.holds(line))
                .filter(b -> line.isPresent() || !onCancelledLine(b, lifecycles))
                .toList();
        if (holding.isEmpty() || lifecycle.isStop(request.target())) {
            return Result.ok(List.of());
        }
        if (!request.force()) {
            return Result.err(new OrderError.TransitionBlocked(subject, request.target(),
                    holding.stream().map(Block::toString).toList()));
        }
        if (!request.actor().has(Permission.OVERRIDE.minimumRole())) {
            return Result.err(new OrderError.Forbidden("force a transition past blocking entries",
                    "needs the " + Permission.OVERRIDE.minimumRole().name().toLowerCase(Locale.ROOT) + " role"));
        }
        if (request.reason().isEmpty()) {
            return Result.err(new OrderError.ValidationFailed(List.of(
                    new Violation("reason", "reason_required", "a forced transition says why (R15)"))));
        }
        return Result.ok(holding);
    }

    private boolean onCancelledLine(Block block, LifecycleSet lifecycles) {
        return block.lineItem().flatMap(this::line)
                .map(l -> lifecycles.named(l.lifecycle()).isCancelled(l.status()))
                .orElse(false);
    }

    private List<LineItem> cascadeCancel(TransitionRequest request, LifecycleSet lifecycles, OrderIds ids, Instant now,
                                         List<NewStatusEntry> entries, List<DomainEvent> events) {
        List<LineItem> lines = new ArrayList<>();
        List<JsonValue> kept = new ArrayList<>();
        Optional<String> why = Optional.of("order " + request.target().toLowerCase(Locale.ROOT));
        for (LineItem line : state.lineItems()) {
            Lifecycle ll = lifecycles.named(line.lifecycle());
            Optional<String> cancel = ll.cancelState();
            if (ll.isCancelled(line.status())) {
                lines.add(line);
            } else if (cancel.isPresent() && ll.allows(line.status(), cancel.get())) {
                entries.add(transitionEntry(ids, Optional.of(line.id()), line.status(), cancel.get(), why, request.actor(), List.of(), now));
                events.add(new OrderEvents.LineItemStatusChanged(state.tenant(), state.id(), line.id(), line.status(),
                        cancel.get(), why, false, request.actor().subject(), now));
                lines.add(line.withStatus(cancel.get()));
            } else {
                lines.add(line);
                kept.add(JsonObject.builder().put("lineItemId", line.id().toString()).put("status", line.status()).build());
            }
        }
        if (!kept.isEmpty()) {
            NewStatusEntry warning = NewStatusEntry.ofOrder(ids.entry(), state.tenant(), state.id(), Optional.empty(),
                    StatusCode.CANCEL_INCOMPLETE, Severity.WARNING,
                    JsonObject.builder().put("lineItems", new JsonArray(kept)).build(), now, request.actor().subject());
            entries.add(warning);
            events.add(new OrderEvents.StatusEntryAppended(state.tenant(), state.id(), warning.id(), Optional.empty(), warning.code(),
                    warning.severity(), Optional.empty(), warning.payload(), now, warning.writtenBy(), now));
        }
        return lines;
    }

    private NewStatusEntry transitionEntry(OrderIds ids, Optional<LineItemId> line, String from, String to, Optional<String> reason,
                                           Principal actor, List<Block> overridden, Instant now) {
        JsonObject.Builder payload = JsonObject.builder().put("from", from).put("to", to);
        reason.ifPresent(r -> payload.put("reason", r));
        payload.put("forced", !overridden.isEmpty());
        if (!overridden.isEmpty()) {
            payload.put("forcedBy", actor.subject());
            payload.put("overrode", new JsonArray(overridden.stream().<JsonValue>map(b -> new JsonString(b.entry().toString())).toList()));
        }
        return NewStatusEntry.ofOrder(ids.entry(), state.tenant(), state.id(), line, StatusCode.entered(to), Severity.INFO,
                payload.build(), now, actor.subject());
    }

    /** The WARNING naming rule charges that stayed when the line they modify was cancelled (R33). */
    private NewStatusEntry cancelIncomplete(List<LineItem> kept, OrderIds ids, Principal actor, Instant now) {
        return NewStatusEntry.ofOrder(ids.entry(), state.tenant(), state.id(), Optional.empty(), StatusCode.CANCEL_INCOMPLETE,
                Severity.WARNING, JsonObject.builder().put("lineItems", new JsonArray(kept.stream().<JsonValue>map(l -> JsonObject.builder()
                        .put("lineItemId", l.id().toString()).put("status", l.status()).build()).toList())).build(),
                now, actor.subject());
    }

    private OrderEvents.StatusEntryAppended appended(NewStatusEntry entry, Instant now) {
        return new OrderEvents.StatusEntryAppended(state.tenant(), state.id(), entry.id(), Optional.empty(), entry.code(),
                entry.severity(), Optional.empty(), entry.payload(), now, entry.writtenBy(), now);
    }

    private List<LineItem> replaceLine(LineItem line) {
        return state.lineItems().stream().map(l -> l.id().equals(line.id()) ? line : l).toList();
    }

    private Order with(Instant now, String status, List<LineItem> lines, List<Block> blocks, Optional<Instant> deletedAt) {
        State s = state;
        return new Order(new State(s.tenant(), s.id(), s.number(), s.currency(), s.customer(), s.vendor(), s.notes(),
                s.internalNotes(), s.contact(), s.deliveryAddress(), s.estimatedDelivery(), s.confirmedDelivery(), s.intentRef(),
                s.createdBy(), s.createdAt(), now.isAfter(s.updatedAt()) ? now : s.updatedAt(), s.version() + 1, deletedAt,
                s.lifecycle(), status, lines, blocks));
    }

    /**
     * {@code cancelled} followed by the charges modifier rules added to those lines that are not
     * cancelled yet and not listed already (R33); the ones whose lifecycle no longer allows
     * cancelling them go to {@code kept}.
     */
    private List<LineItem> withRuleCharges(List<LineItem> cancelled, LifecycleSet lifecycles, List<LineItem> kept) {
        Set<LineItemId> listed = new HashSet<>();
        cancelled.forEach(l -> listed.add(l.id()));
        List<LineItem> all = new ArrayList<>(cancelled);
        for (LineItem line : state.lineItems()) {
            boolean chargeOfCancelled = line.isRuleCharge() && listed.contains(line.modifies().orElseThrow());
            Lifecycle ll = lifecycles.named(line.lifecycle());
            if (!chargeOfCancelled || listed.contains(line.id()) || ll.isCancelled(line.status())) {
                continue;
            }
            if (ll.cancelState().filter(c -> ll.allows(line.status(), c)).isPresent()) {
                all.add(line);
            } else {
                kept.add(line);
            }
        }
        return all;
    }

    /**
     * R33: a charge stated by hand takes the place of the rule's. An added line that charges modifier
     * M on an existing line replaces the rule charges of M on that line: they are cancelled in the
     * same adjustment (or kept, and named in the warning, when their lifecycle no longer allows it).
     */
    private List<LineItem> withReplacedRuleCharges(List<LineItem> cancelled, List<LineItem> added, LifecycleSet lifecycles,
                                                   List<LineItem> kept) {
        Set<List<Object>> byHand = new HashSet<>();
        for (LineItem line : added) {
            if (line.charge().isPresent() && !line.isRuleCharge() && line.modifies().isPresent()) {
                byHand.add(List.of(line.modifies().get(), line.charge().get().modifier()));
            }
        }
        if (byHand.isEmpty()) {
            return cancelled;
        }
        Set<LineItemId> listed = new HashSet<>();
        cancelled.forEach(l -> listed.add(l.id()));
        kept.forEach(l -> listed.add(l.id()));
        List<LineItem> all = new ArrayList<>(cancelled);
        for (LineItem line : state.lineItems()) {
            Lifecycle ll = lifecycles.named(line.lifecycle());
            if (!line.isRuleCharge() || listed.contains(line.id()) || ll.isCancelled(line.status())
                    || !byHand.contains(List.of(line.modifies().orElseThrow(), line.charge().orElseThrow().modifier()))) {
                continue;
            }
            if (ll.cancelState().filter(c -> ll.allows(line.status(), c)).isPresent()) {
                all.add(line);
            } else {
                kept.add(line);
            }
        }
        return all;
    }

    private static List<LineItem> concat(List<LineItem> first, List<LineItem> second) {
        List<LineItem> all = new ArrayList<>(first);
        all.addAll(second);
        return List.copyOf(all);
    }

    private static JsonArray ids(List<LineItemId> ids) {
        return new JsonArray(ids.stream().<JsonValue>map(id -> new JsonString(id.toString())).toList());
    }

    private static void text(Violations v, String field, Optional<String> value, int max) {
        value.ifPresent(t -> {
            if (t.length() > max) {
                v.add(field, "too_long", field + " has at most " + max + " characters");
            } else if (!Text.storable(t)) {
                Text.unstorable(v, field);
            }
        });
    }

    private static void checkInvariants(State s) {
        if (s.version() < 1) {
            throw new IllegalArgumentException("order " + s.id() + " has version " + s.version());
        }
        if (s.lineItems().isEmpty()) {
            throw new IllegalArgumentException("order " + s.id() + " has no lines");
        }
        Map<LineItemId, LineItem> byId = new HashMap<>();
        for (LineItem l : s.lineItems()) {
            if (byId.put(l.id(), l) != null) {
                throw new IllegalArgumentException("order " + s.id() + " has line " + l.id() + " twice");
            }
            if (!l.amount().currency().equals(s.currency())) {
                throw new IllegalArgumentException("order " + s.id() + " in " + s.currency() + " has line " + l.id() + " in "
                        + l.amount().currency() + " (R8: one currency per order)");
            }
        }
        for (LineItem l : s.lineItems()) {
            Set<LineItemId> chain = new HashSet<>();
            Optional<LineItemId> at = Optional.of(l.id());
            while (at.isPresent()) {
                if (!chain.add(at.get())) {
                    throw new IllegalArgumentException("order " + s.id() + " has a modifier cycle through line " + l.id() + " (R7)");
                }
                LineItem current = byId.get(at.get());
                if (current == null) {
                    throw new IllegalArgumentException("line " + l.id() + " modifies " + at.get() + ", not a line of order " + s.id() + " (R7)");
                }
                at = current.modifies();
            }
        }
        Predicate<Block> foreignLine = b -> b.lineItem().isPresent() && !byId.containsKey(b.lineItem().get());
        if (s.openBlocks().stream().anyMatch(foreignLine)) {
            throw new IllegalArgumentException("order " + s.id() + " has a block on a line it does not have");
        }
    }
}
