package dev.ordercore.domain.customer;

import dev.ordercore.domain.json.JsonArray;
import dev.ordercore.domain.json.JsonObject;
import dev.ordercore.domain.json.JsonString;
import dev.ordercore.domain.json.JsonValue;
import dev.ordercore.domain.order.BillingConfig;
import dev.ordercore.domain.order.Contact;
import dev.ordercore.domain.order.CustomerId;
import dev.ordercore.domain.shared.Address;
import dev.ordercore.domain.shared.DomainEvent;
import dev.ordercore.domain.shared.Money;
import dev.ordercore.domain.shared.OrderError;
import dev.ordercore.domain.shared.Result;
import dev.ordercore.domain.shared.TenantId;
import dev.ordercore.domain.shared.Text;
import dev.ordercore.domain.shared.Violations;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Someone the tenant sells or rents to (seed 002): a name, a business type, a contact, the payment
 * terms the customer's lines are billed with when a line states none, a credit limit, and how the
 * customer likes deliveries. Orders refer to customers by id only and may name customers that were
 * never registered here; what a customer's orders add up to is derived from the orders
 * ({@link CustomerMetrics}), never kept on the customer.
 *
 * <p>The credit limit is an amount in one currency. Orders in that currency count against it
 * (the credit check, {@link CreditCheck}); orders in other currencies do not, since money never
 * mixes currencies (R30) and converting would need rates ordercore does not have.
 */
public final class Customer {

    public static final int MAX_NAME = 200;
    /** A credit limit has at most this many digits before the point, like a unit price. */
    public static final int MAX_LIMIT_INTEGER_DIGITS = 13;

    /** Everything a customer is, as stores save and load it. */
    public record State(CustomerId id, TenantId tenant, String name, BusinessType businessType, Optional<Contact> contact,
                        Optional<Integer> paymentTermsDays, Optional<Money> creditLimit, DeliveryPreferences delivery,
                        Instant createdAt, Instant updatedAt, long version) {
        public State {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(tenant, "tenant");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(businessType, "businessType");
            Objects.requireNonNull(contact, "contact");
            Objects.requireNonNull(paymentTermsDays, "paymentTermsDays");
            Objects.requireNonNull(creditLimit, "creditLimit");
            Objects.requireNonNull(delivery, "delivery");
            Objects.requireNonNull(createdAt, "createdAt");
            Objects.requireNonNull(updatedAt, "updatedAt");
        }
    }

    /** A contact as a request states it: at least one of the three. */
    public record ContactDraft(String person, String phone, String email) {
    }

    /** A credit limit as a request states it: an amount of 0 or more in an ISO 4217 currency. */
    public record CreditLimitDraft(BigDecimal amount, String currency) {
    }

    /** An address as a request states it; {@code line2} may be left out. */
    public record AddressDraft(String line1, String line2, String postalCode, String city, String countryCode) {
    }

    /** Delivery preferences as a request states them; every part may be left out, but a window has both ends. */
    public record DeliveryDraft(AddressDraft address, LocalTime windowFrom, LocalTime windowTo, String instructions) {
    }

    /**
     * A new customer as a request states it; {@code null} is missing. Name and business type are
     * required; contact, payment terms, credit limit and delivery preferences may be left out.
     */
    public record Draft(String name, BusinessType businessType, ContactDraft contact, Integer paymentTermsDays,
                        CreditLimitDraft creditLimit, DeliveryDraft delivery) {
    }

    /**
     * A partial update (PATCH): each field is kept, set or cleared. Name and business type cannot
     * be cleared. Contact, credit limit and delivery preferences are replaced whole when set.
     */
    public record Patch(Edit<String> name, Edit<BusinessType> businessType, Edit<ContactDraft> contact, Edit<Integer> paymentTermsDays,
                        Edit<CreditLimitDraft> creditLimit, Edit<DeliveryDraft> delivery) {
        public Patch {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(businessType, "businessType");
            Objects.requireNonNull(contact, "contact");
            Objects.requireNonNull(paymentTermsDays, "paymentTermsDays");
            Objects.requireNonNull(creditLimit, "creditLimit");
            Objects.requireNonNull(delivery, "delivery");
        }

        /** A patch that keeps everything; {@code with*} set or clear single fields. */
        public static final Patch NOTHING = new Patch(Edit.keep(), Edit.keep(), Edit.keep(), Edit.keep(), Edit.keep(), Edit.keep());

        public Patch withName(Edit<String> e) {
            return new Patch(e, businessType, contact, paymentTermsDays, creditLimit, delivery);
        }

        public Patch withBusinessType(Edit<BusinessType> e) {
            return new Patch(name, e, contact, paymentTermsDays, creditLimit, delivery);
        }

        public Patch withContact(Edit<ContactDraft> e) {
            return new Patch(name, businessType, e, paymentTermsDays, creditLimit, delivery);
        }

        public Patch withPaymentTermsDays(Edit<Integer> e) {
            return new Patch(name, businessType, contact, e, creditLimit, delivery);
        }

        public Patch withCreditLimit(Edit<CreditLimitDraft> e) {
            return new Patch(name, businessType, contact, paymentTermsDays, e, delivery);
        }

        public Patch withDelivery(Edit<DeliveryDraft> e) {
            return new Patch(name, businessType, contact, paymentTermsDays, creditLimit, e);
        }

        boolean keepsEverything() {
            return List.of(name, businessType, contact, paymentTermsDays, creditLimit, delivery).stream().allMatch(e -> e instanceof Edit.Keep);
        }
    }

    /** A customer after a command, and the events the command caused (none when nothing changed). */
    public record Change(Customer after, List<DomainEvent> events) {
        public Change {
            Objects.requireNonNull(after, "after");
            events = List.copyOf(events);
        }
    }

    private final State state;

    private Customer(State state) {
        this.state = state;
        Violations v = new Violations();
        name(v, state.name());
        state.paymentTermsDays().ifPresent(t -> terms(v, t));
        state.creditLimit().ifPresent(limit -> v.check(limit.isNegative(), "creditLimit.amount", "negative",
                "a credit limit is 0 or more"));
        if (!v.isEmpty()) {
            throw new IllegalArgumentException("customer " + state.id() + ": " + v.toList());
        }
        if (state.version() < 1) {
            throw new IllegalArgumentException("customer " + state.id() + " has version " + state.version());
        }
    }

    /** A customer as a store had it. Broken invariants are a programming or data error and throw. */
    public static Customer rehydrate(State state) {
        return new Customer(Objects.requireNonNull(state, "state"));
    }

    /** Registers a customer; every violation is reported at once, with its field path. */
    public static Result<Change, OrderError> create(CustomerId id, TenantId tenant, Draft d, Instant now) {
        Violations v = new Violations();
        if (d.businessType() == null) {
            v.add("businessType", "required", "businessType is required: INDIVIDUAL, BUSINESS or CENTRAL_BAKERY");
        }
        name(v, d.name());
        Optional<Contact> contact = d.contact() == null ? Optional.empty() : contact(v.at("contact"), d.contact());
        Optional<Integer> terms = Optional.ofNullable(d.paymentTermsDays());
        terms.ifPresent(t -> terms(v, t));
        Optional<Money> limit = d.creditLimit() == null ? Optional.empty() : creditLimit(v.at("creditLimit"), d.creditLimit());
        DeliveryPreferences delivery = d.delivery() == null ? DeliveryPreferences.NONE : delivery(v.at("delivery"), d.delivery());
        if (!v.isEmpty()) {
            return v.toResult(null);
        }
        Customer created = new Customer(new State(id, tenant, d.name().strip(), d.businessType(), contact, terms, limit, delivery, now, now, 1));
        return Result.ok(new Change(created, List.of(new CustomerEvents.CustomerCreated(tenant, id.toString(), created.toJson(), now))));
    }

    /**
     * Applies a partial update; every violation is reported at once. A patch that changes nothing
     * (every field kept, or set to what it already is) answers the customer as it is, at the same
     * version and without events; an empty patch is refused, since it is most likely a mistake.
     */
    public Result<Change, OrderError> update(Patch p, Instant now) {
        Violations v = new Violations();
        if (p.keepsEverything()) {
            v.add("", "nothing_to_update", "a PATCH names at least one field: name, businessType, contact, paymentTermsDays, "
                    + "creditLimit or delivery");
            return v.toResult(null);
        }
        String name = state.name();
        if (p.name() instanceof Edit.Set<String> set) {
            name(v, set.value());
            name = set.value().strip();
        } else if (p.name() instanceof Edit.Clear<String>) {
            v.add("name", "required", "name cannot be cleared");
        }
        BusinessType type = state.businessType();
        if (p.businessType() instanceof Edit.Set<BusinessType> set) {
            type = set.value();
        } else if (p.businessType() instanceof Edit.Clear<BusinessType>) {
            v.add("businessType", "required", "businessType cannot be cleared");
        }
        Optional<Contact> contact = edit(p.contact(), state.contact(), draft -> contact(v.at("contact"), draft));
        if (p.paymentTermsDays() instanceof Edit.Set<Integer> set) {
            terms(v, set.value());
        }
        Optional<Integer> terms = p.paymentTermsDays().applyTo(state.paymentTermsDays(), t -> t);
        Optional<Money> limit = edit(p.creditLimit(), state.creditLimit(), draft -> creditLimit(v.at("creditLimit"), draft));
        DeliveryPreferences delivery = state.delivery();
        if (p.delivery() instanceof Edit.Set<DeliveryDraft> set) {
            delivery = delivery(v.at("delivery"), set.value());
        } else if (p.delivery() instanceof Edit.Clear<DeliveryDraft>) {
            delivery = DeliveryPreferences.NONE;
        }
        if (!v.isEmpty()) {
            return v.toResult(null);
        }
        State s = state;
        State next = new State(s.id(), s.tenant(), name, type, contact, terms, limit, delivery, s.createdAt(), now, s.version() + 1);
        List<String> changed = changedFields(s, next);
        if (changed.isEmpty()) {
            return Result.ok(new Change(this, List.of()));
        }
        Customer after = new Customer(next);
        JsonObject.Builder payload = JsonObject.builder();
        after.toJson().members().forEach(payload::put);
        payload.put("changed", new JsonArray(changed.stream().<JsonValue>map(JsonString::new).toList()));
        return Result.ok(new Change(after, List.of(new CustomerEvents.CustomerUpdated(s.tenant(), s.id().toString(), payload.build(), now))));
    }

    // ---- reading

    public State state() {
        return state;
    }

    public CustomerId id() {
        return state.id();
    }

    public TenantId tenant() {
        return state.tenant();
    }

    public String name() {
        return state.name();
    }

    public BusinessType businessType() {
        return state.businessType();
    }

    public Optional<Integer> paymentTermsDays() {
        return state.paymentTermsDays();
    }

    public Optional<Money> creditLimit() {
        return state.creditLimit();
    }

    public Instant createdAt() {
        return state.createdAt();
    }

    public long version() {
        return state.version();
    }

    /** The customer as events carry it; absent values are left out. */
    public JsonObject toJson() {
        State s = state;
        JsonObject.Builder b = JsonObject.builder()
                .put("id", s.id().toString())
                .put("name", s.name())
                .put("businessType", s.businessType().name());
        s.contact().ifPresent(c -> {
            JsonObject.Builder contact = JsonObject.builder();
            c.person().ifPresent(x -> contact.put("person", x));
            c.phone().ifPresent(x -> contact.put("phone", x));
            c.email().ifPresent(x -> contact.put("email", x));
            b.put("contact", contact.build());
        });
        s.paymentTermsDays().ifPresent(t -> b.put("paymentTermsDays", t));
        s.creditLimit().ifPresent(l -> b.put("creditLimit", JsonObject.builder()
                .put("amount", l.amount().toPlainString()).put("currency", l.currency().getCurrencyCode()).build()));
        if (!s.delivery().isEmpty()) {
            JsonObject.Builder d = JsonObject.builder();
            s.delivery().address().ifPresent(a -> {
                JsonObject.Builder address = JsonObject.builder().put("line1", a.line1());
                a.line2().ifPresent(l -> address.put("line2", l));
                d.put("address", address.put("postalCode", a.postalCode()).put("city", a.city()).put("countryCode", a.countryCode()).build());
            });
            s.delivery().window().ifPresent(w -> d.put("windowFrom", w.from().toString()).put("windowTo", w.to().toString()));
            s.delivery().instructions().ifPresent(i -> d.put("instructions", i));
            b.put("delivery", d.build());
        }
        return b.put("createdAt", s.createdAt().toString())
                .put("updatedAt", s.updatedAt().toString())
                .put("version", s.version())
                .build();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Customer other && state.equals(other.state);
    }

    @Override
    public int hashCode() {
        return state.hashCode();
    }

    @Override
    public String toString() {
        return "Customer[" + state.id() + " '" + state.name() + "' " + state.businessType() + " v" + state.version() + "]";
    }

    // ---- checks

    private static <D, T> Optional<T> edit(Edit<D> edit, Optional<T> current, java.util.function.Function<D, Optional<T>> check) {
        if (edit instanceof Edit.Set<D> set) {
            return check.apply(set.value());
        }
        return edit instanceof Edit.Clear<D> ? Optional.empty() : current;
    }

    private static List<String> changedFields(State before, State after) {
        List<String> changed = new ArrayList<>();
        if (!before.name().equals(after.name())) {
            changed.add("name");
        }
        if (before.businessType() != after.businessType()) {
            changed.add("businessType");
        }
        if (!before.contact().equals(after.contact())) {
            changed.add("contact");
        }
        if (!before.paymentTermsDays().equals(after.paymentTermsDays())) {
            changed.add("paymentTermsDays");
        }
        if (!before.creditLimit().equals(after.creditLimit())) {
            changed.add("creditLimit");
        }
        if (!before.delivery().equals(after.delivery())) {
            changed.add("delivery");
        }
        return changed;
    }

    private static void name(Violations v, String name) {
        if (name == null) {
            v.add("name", "required", "name is required");
        } else if (name.isBlank()) {
            v.add("name", "blank", "name must not be blank");
        } else if (name.strip().length() > MAX_NAME) {
            v.add("name", "too_long", "name has at most " + MAX_NAME + " characters");
        } else if (!Text.storable(name)) {
            Text.unstorable(v, "name");
        }
    }

    private static void terms(Violations v, int days) {
        v.check(days < 0 || days > BillingConfig.MAX_TERMS_DAYS, "paymentTermsDays", "terms_out_of_range",
                "payment terms are 0-" + BillingConfig.MAX_TERMS_DAYS + " days, as on a line (R6), got " + days);
    }

    private static Optional<Contact> contact(Violations v, ContactDraft d) {
        int before = v.size();
        if (d.person() == null && d.phone() == null && d.email() == null) {
            v.here("empty_contact", "a contact has a person, a phone or an email");
            return Optional.empty();
        }
        contactPart(v, "person", d.person());
        contactPart(v, "phone", d.phone());
        contactPart(v, "email", d.email());
        if (d.email() != null && !d.email().isBlank() && !d.email().matches("[^@\\s]+@[^@\\s]+")) {
            v.add("email", "invalid_email", "'" + d.email() + "' is not an email address");
        }
        if (v.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new Contact(Optional.ofNullable(d.person()), Optional.ofNullable(d.phone()), Optional.ofNullable(d.email())));
    }

    private static void contactPart(Violations v, String field, String value) {
        if (value == null) {
            return;
        }
        if (value.isBlank()) {
            v.add(field, "blank", field + " must not be blank; leave it out instead");
        } else if (value.length() > Contact.MAX_LENGTH) {
            v.add(field, "too_long", field + " has at most " + Contact.MAX_LENGTH + " characters");
        } else if (!Text.storable(value)) {
            Text.unstorable(v, field);
        }
    }

    private static Optional<Money> creditLimit(Violations v, CreditLimitDraft d) {
        int before = v.size();
        Currency currency = null;
        if (d.currency() == null) {
            v.add("currency", "required", "a credit limit states its currency, such as SEK");
        } else if (!Money.isUsableCurrency(d.currency())) {
            v.add("currency", "invalid_currency", "'" + d.currency() + "' is not an ISO 4217 currency with minor units, such as SEK");
        } else {
            currency = Currency.getInstance(d.currency());
        }
        BigDecimal amount = d.amount();
        if (amount == null) {
            v.add("amount", "required", "a credit limit states its amount, such as \"50000.00\"");
        } else if (amount.signum() < 0) {
            v.add("amount", "negative", "a credit limit is 0 or more, got " + amount.toPlainString());
        } else {
            BigDecimal s = amount.stripTrailingZeros();
            if (s.precision() - s.scale() > MAX_LIMIT_INTEGER_DIGITS) {
                v.add("amount", "too_large", "a credit limit has at most " + MAX_LIMIT_INTEGER_DIGITS + " digits before the point");
            } else if (currency != null && s.scale() > Money.minorUnits(currency)) {
                v.add("amount", "too_many_decimals", "a credit limit in " + currency + " has at most " + Money.minorUnits(currency)
                        + " decimals (R30)");
            }
        }
        if (v.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new Money(amount, currency));
    }

    private static DeliveryPreferences delivery(Violations v, DeliveryDraft d) {
        int before = v.size();
        Optional<Address> address = Optional.empty();
        if (d.address() != null) {
            AddressDraft a = d.address();
            List<dev.ordercore.domain.shared.Violation> wrong = Address.violations(a.line1(), a.line2(), a.postalCode(), a.city(),
                    a.countryCode());
            v.at("address").addAll(wrong);
            if (wrong.isEmpty()) {
                address = Optional.of(new Address(a.line1(), Optional.ofNullable(a.line2()), a.postalCode(), a.city(), a.countryCode()));
            }
        }
        Optional<DeliveryWindow> window = Optional.empty();
        if ((d.windowFrom() == null) != (d.windowTo() == null)) {
            v.add(d.windowFrom() == null ? "windowFrom" : "windowTo", "window_incomplete",
                    "a delivery window has both windowFrom and windowTo, or neither");
        } else if (d.windowFrom() != null) {
            if (!d.windowFrom().isBefore(d.windowTo())) {
                v.add("windowTo", "empty_window", "windowTo must be after windowFrom, got " + d.windowFrom() + "-" + d.windowTo());
            } else {
                window = Optional.of(new DeliveryWindow(d.windowFrom(), d.windowTo()));
            }
        }
        String instructions = d.instructions();
        if (instructions != null) {
            if (instructions.isBlank()) {
                v.add("instructions", "blank", "instructions must not be blank; leave them out instead");
            } else if (instructions.length() > DeliveryPreferences.MAX_INSTRUCTIONS) {
                v.add("instructions", "too_long", "instructions have at most " + DeliveryPreferences.MAX_INSTRUCTIONS + " characters");
            } else if (!Text.storable(instructions)) {
                Text.unstorable(v, "instructions");
            }
        }
        if (v.size() > before) {
            return DeliveryPreferences.NONE;
        }
        return new DeliveryPreferences(address, window, Optional.ofNullable(instructions));
    }
}
