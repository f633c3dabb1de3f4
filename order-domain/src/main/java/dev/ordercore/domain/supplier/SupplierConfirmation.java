package dev.ordercore.domain.supplier;

import dev.ordercore.domain.access.Principal;
import dev.ordercore.domain.catalog.CatalogSnapshot;
import dev.ordercore.domain.json.JsonArray;
import dev.ordercore.domain.json.JsonObject;
import dev.ordercore.domain.json.JsonValue;
import dev.ordercore.domain.lifecycle.Lifecycle;
import dev.ordercore.domain.order.BillingConfig;
import dev.ordercore.domain.order.BillingDraft;
import dev.ordercore.domain.order.Dates;
import dev.ordercore.domain.order.LifecycleSet;
import dev.ordercore.domain.order.LineItem;
import dev.ordercore.domain.order.LineItemDraft;
import dev.ordercore.domain.order.LineItemId;
import dev.ordercore.domain.order.LineRef;
import dev.ordercore.domain.order.Order;
import dev.ordercore.domain.order.OrderChange;
import dev.ordercore.domain.order.OrderId;
import dev.ordercore.domain.order.OrderIds;
import dev.ordercore.domain.shared.DomainEvent;
import dev.ordercore.domain.shared.OrderError;
import dev.ordercore.domain.shared.Reason;
import dev.ordercore.domain.shared.Result;
import dev.ordercore.domain.shared.RoundingPolicy;
import dev.ordercore.domain.shared.TenantId;
import dev.ordercore.domain.shared.Text;
import dev.ordercore.domain.shared.UnitPrice;
import dev.ordercore.domain.shared.Violation;
import dev.ordercore.domain.shared.Violations;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A supplier's answer to an order (seed 001's supplier order confirmation), kept as it arrived:
 * confirmed or refused, how it came, what it confirmed for each line, its reference and message,
 * why it refused, the delivery date and preparation days it promised, and when it was received and
 * by whom. Every confirmation of an order is kept, including those the order refused.
 *
 * <p>Receiving one changes the order ({@link #receive}): a confirmation moves it PENDING →
 * CONFIRMED, a refusal PENDING → REJECTED; a confirmed quantity or price that differs from a line
 * replaces that line with one at the confirmed values first.
 */
public record SupplierConfirmation(
        SupplierConfirmationId id,
        TenantId tenant,
        OrderId order,
        ConfirmationOutcome outcome,
        ConfirmationMethod method,
        List<ConfirmedLine> lines,
        Optional<String> supplierReference,
        Optional<String> message,
        Optional<String> refusalReason,
        Optional<LocalDate> confirmedDelivery,
        Optional<Integer> preparationDays,
        Instant receivedAt,
        String receivedBy) {

    /** Seed 001's {@code supplier_order_reference VARCHAR(100)}. */
    public static final int MAX_REFERENCE = 100;
    public static final int MAX_MESSAGE = 4000;
    /** A year: longer is a typing mistake, not a preparation time. */
    public static final int MAX_PREPARATION_DAYS = 365;
    /** The ref a line that replaces line {@code L} carries: {@code confirmed-L}. */
    public static final String REPLACEMENT_REF_PREFIX = "confirmed-";

    private static final Pattern REPLACEMENT_REF = Pattern.compile(Pattern.quote(REPLACEMENT_REF_PREFIX) + "([0-9a-f-]{36})");

    public SupplierConfirmation {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(order, "order");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(method, "method");
        lines = List.copyOf(lines);
        Objects.requireNonNull(supplierReference, "supplierReference");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(refusalReason, "refusalReason");
        Objects.requireNonNull(confirmedDelivery, "confirmedDelivery");
        Objects.requireNonNull(preparationDays, "preparationDays");
        Objects.requireNonNull(receivedAt, "receivedAt");
        Objects.requireNonNull(receivedBy, "receivedBy");
        boolean refused = outcome == ConfirmationOutcome.REFUSED;
        if (refused != refusalReason.isPresent()) {
            throw new IllegalArgumentException("a refusal has a reason and a confirmation none, confirmation " + id);
        }
        if (refused && (!lines.isEmpty() || confirmedDelivery.isPresent() || preparationDays.isPresent())) {
            throw new IllegalArgumentException("a refusal confirms no lines and no delivery, confirmation " + id);
        }
        if (preparationDays.filter(d -> d < 0 || d > MAX_PREPARATION_DAYS).isPresent()) {
            throw new IllegalArgumentException("preparation days are 0-" + MAX_PREPARATION_DAYS + ", confirmation " + id);
        }
        Set<LineItemId> seen = new HashSet<>();
        for (ConfirmedLine line : lines) {
            if (!seen.add(line.lineItem())) {
                throw new IllegalArgumentException("line " + line.lineItem() + " is confirmed twice in confirmation " + id);
            }
        }
    }

    /** What receiving a confirmation did: the confirmation to keep, and the order's change. */
    public record Received(SupplierConfirmation confirmation, OrderChange change) {
        public Received {
            Objects.requireNonNull(confirmation, "confirmation");
            Objects.requireNonNull(change, "change");
        }
    }

    /** Where the confirmation comes from and goes to; the application gathers it. */
    public record Receipt(SupplierConfirmationId id, CatalogSnapshot catalog, RoundingPolicy rounding, LifecycleSet lifecycles,
                          OrderIds ids, Principal actor, Instant now) {
        public Receipt {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(catalog, "catalog");
            Objects.requireNonNull(rounding, "rounding");
            Objects.requireNonNull(lifecycles, "lifecycles");
            Objects.requireNonNull(ids, "ids");
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(now, "now");
        }
    }

    /**
     * The lines the confirmation would put on the order in place of the ones whose confirmed
     * quantity or price differs; the application looks up the catalog entries they refer to.
     * Lines the confirmation names wrongly are left out ({@link #receive} reports them).
     */
    public static List<LineItemDraft> replacements(Order order, SupplierConfirmationDraft draft, LifecycleSet lifecycles) {
        return plan(order, draft, lifecycles, new Violations()).add();
    }

    /**
     * Receives the supplier's answer to {@code order}. Every violation of the answer is reported at
     * once ({@code lines[i].quantity}, {@code refusalReason}, ...): a refusal says why and confirms
     * no lines or delivery; a confirmed line is a line of the order, named once, not cancelled, not
     * a charge a modifier rule added (it follows its line, R33), with a quantity of at least 1 (1 on
     * an asset, R3) and a unit price that is not negative (R8); a line whose confirmed values differ
     * must still be cancellable from where it stands; a confirmed delivery date lies in the years
     * 1 to 9999 as every date does (R1) and is not before the day the order was placed.
     *
     * <p>Then the order applies it ({@link Order#answerFromSupplier}): each line whose confirmed
     * quantity or price differs is cancelled and added again at the confirmed values (ref
     * {@code confirmed-<old line id>}; the same klass, product, asset, dates, deliveries, parties,
     * billing and modified line), and so is every line stated by hand that modifies a replaced line
     * (so it modifies the replacement), in one {@code order:manually_adjusted} entry; then the order
     * moves to CONFIRMED or REJECTED. A refusal's reason is the transition's reason.
     */
    public static Result<Received, OrderError> receive(Order order, SupplierConfirmationDraft draft, Receipt r) {
        if (order.isDeleted()) {
            return Result.err(new OrderError.OrderDeleted(order.id().toString()));
        }
        Violations v = new Violations();
        Plan plan = plan(order, draft, r.lifecycles(), v);
        check(order, draft, v);
        if (!v.isEmpty()) {
            return v.toResult(null);
        }
        ConfirmationOutcome outcome = draft.outcome().orElseThrow();
        Optional<String> refusal = draft.refusalReason().map(String::strip);
        String reason = refusal.orElseGet(() -> "confirmed by the supplier" + draft.supplierReference().map(String::strip)
                .filter(s -> !s.isEmpty()).map(s -> " (" + s + ")").orElse(""));
        Result<OrderChange, OrderError> applied = order.answerFromSupplier(new Order.SupplierAnswer(outcome.target(), plan.cancel(),
                plan.add(), reason, draft.force(), draft.confirmedDelivery(), r.id().toString(), r.actor()),
                r.catalog(), r.rounding(), r.lifecycles(), r.ids(), r.now());
        if (applied.isErr()) {
            return Result.err(relocated(applied.error(), plan));
        }
        OrderChange change = applied.value();
        Map<LineItemId, LineItemId> replacedBy = new HashMap<>();
        for (LineItem line : change.order().lineItems()) {
            line.ref().map(REPLACEMENT_REF::matcher).filter(Matcher::matches)
                    .map(m -> LineItemId.of(m.group(1)))
                    .filter(plan.cancel()::contains)
                    .ifPresent(old -> replacedBy.put(old, line.id()));
        }
        List<ConfirmedLine> lines = new ArrayList<>();
        for (SupplierConfirmationDraft.LineDraft d : draft.lines()) {
            LineItemId id = d.lineItem().orElseThrow();
            lines.add(new ConfirmedLine(id, d.quantity(), d.unitPrice().map(p -> new UnitPrice(p, order.currency())),
                    Optional.ofNullable(replacedBy.get(id))));
        }
        SupplierConfirmation confirmation = new SupplierConfirmation(r.id(), order.tenant(), order.id(), outcome,
                draft.method().orElseThrow(), lines, stripped(draft.supplierReference()), stripped(draft.message()), refusal,
                draft.confirmedDelivery(), draft.preparationDays(), r.now(), r.actor().subject());
        List<DomainEvent> events = new ArrayList<>(change.events());
        events.add(new SupplierConfirmationReceived(confirmation, r.now()));
        return Result.ok(new Received(confirmation, new OrderChange(change.order(), change.entries(), events)));
    }

    /** The confirmation as history payloads and events carry it, in the HTTP API's field names. */
    public JsonObject toJson() {
        JsonObject.Builder b = JsonObject.builder()
                .put("id", id.toString())
                .put("orderId", order.toString())
                .put("outcome", outcome.name())
                .put("method", method.name());
        List<JsonValue> confirmed = lines.stream().<JsonValue>map(l -> {
            JsonObject.Builder lb = JsonObject.builder().put("lineItemId", l.lineItem().toString());
            l.quantity().ifPresent(q -> lb.put("quantity", q));
            l.unitPrice().ifPresent(p -> lb.put("unitPrice", p.amount().toPlainString()));
            l.replacedBy().ifPresent(n -> lb.put("replacedBy", n.toString()));
            return lb.build();
        }).toList();
        b.put("lines", new JsonArray(confirmed));
        supplierReference.ifPresent(s -> b.put("supplierReference", s));
        message.ifPresent(s -> b.put("message", s));
        refusalReason.ifPresent(s -> b.put("refusalReason", s));
        confirmedDelivery.ifPresent(d -> b.put("confirmedDelivery", d.toString()));
        preparationDays.ifPresent(d -> b.put("preparationDays", d));
        return b.put("receivedAt", receivedAt.toString()).put("receivedBy", receivedBy).build();
    }

    // ---- internals

    /**
     * The lines to cancel and the drafts that replace them, with the index in the request of the
     * line behind each replacement, so a violation the order finds in a replacement is reported
     * where the request named its line.
     */
    private record Plan(List<LineItemId> cancel, List<LineItemDraft> add, List<Integer> requestIndex) {
    }

    /**
     * Checks the confirmed lines and plans their replacements: each line whose confirmed quantity or
     * price differs, and, carried along with it, every line stated by hand that modifies a replaced
     * line (a charge a request stated, R7), again as it is, so it modifies the replacement. A charge
     * stated by hand takes the place of the rule charging the same modifier (R33); carrying it along
     * keeps the rules from charging the replacement a second time. Rule charges are not carried:
     * they go with their cancelled line and the rules charge the replacement afresh (R33).
     */
    private static Plan plan(Order order, SupplierConfirmationDraft draft, LifecycleSet lifecycles, Violations v) {
        Set<LineItemId> seen = new HashSet<>();
        List<Integer> cause = new ArrayList<>();
        List<LineItem> replaced = new ArrayList<>();
        List<LineItemDraft> add = new ArrayList<>();
        if (!draft.lines().isEmpty() && draft.outcome().filter(ConfirmationOutcome.REFUSED::equals).isPresent()) {
            v.add("lines", "not_when_refused", "a refusal confirms no lines");
        }
        for (int i = 0; i < draft.lines().size(); i++) {
            SupplierConfirmationDraft.LineDraft d = draft.lines().get(i);
            Violations lv = v.at("lines", i);
            Optional<LineItem> line = d.lineItem().flatMap(order::line);
            boolean named = false;
            if (d.lineItem().isEmpty()) {
                lv.add("lineItemId", "required", "lineItemId names the line the supplier confirmed");
            } else if (line.isEmpty()) {
                lv.add("lineItemId", "unknown_line", "no line " + d.lineItem().get() + " on this order");
            } else if (!seen.add(line.get().id())) {
                lv.add("lineItemId", "duplicate_line", "line " + line.get().id() + " is confirmed twice");
            } else {
                named = true;
            }
            d.quantity().ifPresent(q -> {
                if (q < 1) {
                    lv.add("quantity", "quantity_too_small", "a confirmed quantity is at least 1, got " + q + " (R3)");
                } else if (q > LineItem.MAX_QUANTITY) {
                    lv.add("quantity", "quantity_too_large", "quantity is at most " + LineItem.MAX_QUANTITY + ", got " + q);
                } else if (q != 1 && line.flatMap(LineItem::asset).isPresent()) {
                    lv.add("quantity", "asset_quantity", "the line is bound to an asset, so its quantity is 1; got " + q + " (R3)");
                }
            });
            d.unitPrice().flatMap(UnitPrice::violation).ifPresent(p -> lv.add("unitPrice", p.code(), p.message()));
            if (!named) {
                continue;
            }
            LineItem l = line.get();
            Lifecycle ll = lifecycles.named(l.lifecycle());
            if (ll.isCancelled(l.status())) {
                lv.add("lineItemId", "line_cancelled", "line " + l.id() + " is " + l.status() + "; there is nothing to confirm");
            } else if (l.isRuleCharge()) {
                lv.add("lineItemId", "rule_charge", "line " + l.id() + " is a charge a modifier rule added; it follows the line it "
                        + "modifies (R33), so confirm that line");
            } else if (differs(l, d)) {
                if (!cancellable(l, lifecycles)) {
                    lv.add("lineItemId", "not_restatable", "line " + l.id() + " is " + l.status() + "; its quantity and price "
                            + "can no longer change");
                }
                replaced.add(l);
                cause.add(i);
            }
        }
        List<LineItemId> restated = replaced.stream().map(LineItem::id).toList();
        Set<LineItemId> ids = new HashSet<>(restated);
        boolean grew = true;
        while (grew) {
            grew = false;
            for (LineItem l : order.lineItems()) {
                Optional<LineItemId> target = l.modifies().filter(ids::contains);
                if (target.isPresent() && !ids.contains(l.id()) && !l.isRuleCharge() && cancellable(l, lifecycles)) {
                    cause.add(cause.get(replaced.indexOf(order.line(target.get()).orElseThrow())));
                    replaced.add(l);
                    ids.add(l.id());
                    grew = true;
                }
            }
        }
        for (int k = 0; k < replaced.size(); k++) {
            Optional<SupplierConfirmationDraft.LineDraft> confirmed = k < restated.size()
                    ? Optional.of(draft.lines().get(cause.get(k)))
                    : Optional.empty();
            add.add(replacement(replaced.get(k), confirmed.flatMap(SupplierConfirmationDraft.LineDraft::quantity),
                    confirmed.flatMap(SupplierConfirmationDraft.LineDraft::unitPrice), ids));
        }
        return new Plan(replaced.stream().map(LineItem::id).toList(), add, cause);
    }

    private static boolean cancellable(LineItem line, LifecycleSet lifecycles) {
        Lifecycle ll = lifecycles.named(line.lifecycle());
        return !ll.isCancelled(line.status()) && ll.cancelState().filter(c -> ll.allows(line.status(), c)).isPresent();
    }

    private static boolean differs(LineItem line, SupplierConfirmationDraft.LineDraft d) {
        return d.quantity().filter(q -> q != line.quantity()).isPresent()
                || d.unitPrice().filter(p -> p.compareTo(line.unitPrice().amount()) != 0).isPresent();
    }

    /**
     * {@code line} again at the confirmed quantity and price, with everything else as it was. It
     * names the line's asset, else its product, else its klass, from which the catalog derives the
     * rest as it did for the line (R2). It modifies what the line modified: the replacement of that
     * line when the same confirmation replaces it too.
     */
    private static LineItemDraft replacement(LineItem line, Optional<Integer> quantity, Optional<BigDecimal> unitPrice,
                                             Set<LineItemId> replaced) {
        LineItemDraft.Builder b = LineItemDraft.builder()
                .ref(REPLACEMENT_REF_PREFIX + line.id())
                .quantity(quantity.orElse(line.quantity()))
                .unitPrice(unitPrice.orElse(line.unitPrice().amount()));
        if (line.asset().isPresent()) {
            b.asset(line.asset().get());
        } else if (line.product().isPresent()) {
            b.product(line.product().get());
        } else {
            line.klass().ifPresent(b::klass);
        }
        line.description().ifPresent(b::description);
        if (line.dates() instanceof Dates.Period p) {
            b.period(p.from(), p.to());
        } else {
            b.on(line.dates().start());
        }
        line.deliveries().forEach(b::delivery);
        line.customer().ifPresent(b::customer);
        line.vendor().ifPresent(b::vendor);
        line.billing().map(SupplierConfirmation::billing).ifPresent(b::billing);
        line.modifies().ifPresent(target -> b.modifies(replaced.contains(target)
                ? LineRef.ref(REPLACEMENT_REF_PREFIX + target)
                : LineRef.id(target)));
        line.charge().ifPresent(c -> b.modifier(c.modifier()));
        return b.build();
    }

    private static BillingDraft billing(BillingConfig c) {
        return new BillingDraft(c.timing(), c.cycle(), Optional.of(c.termsDays()), Optional.of(c.payer()), c.warranty());
    }

    /** The checks of the answer as a whole: outcome, method, texts, refusal, delivery. */
    private static void check(Order order, SupplierConfirmationDraft d, Violations v) {
        v.check(d.outcome().isEmpty(), "outcome", "required", "outcome is CONFIRMED or REFUSED");
        v.check(d.method().isEmpty(), "method", "required", "method is API, EMAIL or MANUAL");
        text(v, "supplierReference", d.supplierReference(), MAX_REFERENCE);
        text(v, "message", d.message(), MAX_MESSAGE);
        boolean refused = d.outcome().filter(ConfirmationOutcome.REFUSED::equals).isPresent();
        boolean confirmed = d.outcome().filter(ConfirmationOutcome.CONFIRMED::equals).isPresent();
        Optional<String> reason = d.refusalReason().map(String::strip);
        if (refused) {
            v.check(reason.filter(s -> !s.isEmpty()).isEmpty(), "refusalReason", "reason_required",
                    "a refusal says why the supplier refused");
            Reason.violation("refusalReason", reason).ifPresent(x -> v.add(x.path(), x.code(), x.message()));
            v.check(d.confirmedDelivery().isPresent(), "confirmedDelivery", "not_when_refused", "a refusal confirms no delivery date");
            v.check(d.preparationDays().isPresent(), "preparationDays", "not_when_refused", "a refusal confirms no preparation time");
        }
        v.check(confirmed && d.refusalReason().isPresent(), "refusalReason", "only_when_refused",
                "only a refusal has a refusal reason; put what the supplier said in message");
        d.preparationDays().filter(days -> days < 0 || days > MAX_PREPARATION_DAYS).ifPresent(days ->
                v.add("preparationDays", "out_of_range", "preparation days are 0-" + MAX_PREPARATION_DAYS + ", got " + days));
        LocalDate placed = LocalDate.ofInstant(order.createdAt(), ZoneOffset.UTC);
        d.confirmedDelivery().ifPresent(date -> {
            if (!Dates.outOfRange(v, "confirmedDelivery", "confirmedDelivery", date, "R1") && date.isBefore(placed)) {
                v.add("confirmedDelivery", "before_order", "the confirmed delivery date " + date + " is before the order was placed ("
                        + placed + ")");
            }
        });
    }

    private static void text(Violations v, String field, Optional<String> value, int max) {
        value.ifPresent(t -> {
            if (t.strip().isEmpty()) {
                v.add(field, "blank", field + " is left out rather than blank");
            } else if (t.length() > max) {
                v.add(field, "too_long", field + " has at most " + max + " characters");
            } else if (!Text.storable(t)) {
                Text.unstorable(v, field);
            }
        });
    }

    private static Optional<String> stripped(Optional<String> text) {
        return text.map(String::strip);
    }

    /** An order's violations of the replacement lines, at the request's {@code lines[i]} rather than the adjustment's {@code add[k]}. */
    private static OrderError relocated(OrderError error, Plan plan) {
        if (!(error instanceof OrderError.ValidationFailed failed)) {
            return error;
        }
        Pattern at = Pattern.compile("^(add|cancel)\\[(\\d+)](.*)$");
        List<Violation> moved = failed.violations().stream().map(x -> {
            Matcher m = at.matcher(x.path());
            if (!m.matches()) {
                return x;
            }
            int k = Integer.parseInt(m.group(2));
            if (k >= plan.requestIndex().size()) {
                return x;
            }
            String rest = m.group(1).equals("cancel") ? ".lineItemId" : m.group(3);
            return new Violation("lines[" + plan.requestIndex().get(k) + "]" + rest, x.code(), x.message());
        }).toList();
        return new OrderError.ValidationFailed(moved);
    }
}
