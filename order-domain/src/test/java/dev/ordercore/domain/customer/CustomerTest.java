package dev.ordercore.domain.customer;

import dev.ordercore.domain.customer.Customer.AddressDraft;
import dev.ordercore.domain.customer.Customer.ContactDraft;
import dev.ordercore.domain.customer.Customer.CreditLimitDraft;
import dev.ordercore.domain.customer.Customer.DeliveryDraft;
import dev.ordercore.domain.customer.Customer.Draft;
import dev.ordercore.domain.customer.Customer.Patch;
import dev.ordercore.domain.json.JsonArray;
import dev.ordercore.domain.json.JsonObject;
import dev.ordercore.domain.json.JsonString;
import dev.ordercore.domain.order.Contact;
import dev.ordercore.domain.order.CustomerId;
import dev.ordercore.domain.shared.Money;
import dev.ordercore.domain.shared.OrderError;
import dev.ordercore.domain.shared.TenantId;
import dev.ordercore.domain.shared.Violation;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CustomerTest {

    static final TenantId TENANT = TenantId.of("bakery");
    static final Instant T0 = Instant.parse("2026-01-14T09:00:00Z");
    static final Instant T1 = T0.plusSeconds(60);

    static Draft svensson() {
        return new Draft("Bageri Svensson", BusinessType.BUSINESS, new ContactDraft("Eva Svensson", "+46 8 123 45", "eva@svensson.se"),
                30, new CreditLimitDraft(new BigDecimal("50000.00"), "SEK"),
                new DeliveryDraft(new AddressDraft("Kungsgatan 1", null, "111 43", "Stockholm", "SE"), LocalTime.of(6, 0),
                        LocalTime.of(8, 0), "Back entrance, ring twice"));
    }

    static Customer created(Draft d) {
        return Customer.create(new CustomerId(UUID.randomUUID()), TENANT, d, T0).value().after();
    }

    @Test
    void a_customer_is_registered_with_everything_it_was_given_at_version_1() {
        Customer.Change change = Customer.create(new CustomerId(UUID.randomUUID()), TENANT, svensson(), T0).value();
        Customer c = change.after();

        assertThat(c.name()).isEqualTo("Bageri Svensson");
        assertThat(c.paymentTermsDays()).contains(30);
        assertThat(c.creditLimit()).contains(Money.of("50000.00", "SEK"));
        assertThat(c.state().delivery().window()).contains(new DeliveryWindow(LocalTime.of(6, 0), LocalTime.of(8, 0)));
        assertThat(c.version()).isEqualTo(1);
        assertThat(change.events()).singleElement().isInstanceOf(CustomerEvents.CustomerCreated.class);
    }

    @Test
    void a_customers_json_carries_every_field_it_has_and_leaves_out_the_absent_ones() {
        Draft d = svensson();
        Customer full = created(new Draft(d.name(), d.businessType(), d.contact(), d.paymentTermsDays(), d.creditLimit(),
                new DeliveryDraft(new AddressDraft("Kungsgatan 1", "Bakgården", "111 43", "Stockholm", "SE"), LocalTime.of(6, 0),
                        LocalTime.of(8, 0), "Back entrance, ring twice")));
        Customer bare = created(new Draft("Anna", BusinessType.INDIVIDUAL, new ContactDraft(null, "+46 70 1", null), null, null,
                new DeliveryDraft(null, null, null, "Leave at the door")));

        assertThat(full.toJson()).isEqualTo(JsonObject.builder()
                .put("id", full.id().toString()).put("name", "Bageri Svensson").put("businessType", "BUSINESS")
                .put("contact", JsonObject.builder().put("person", "Eva Svensson").put("phone", "+46 8 123 45")
                        .put("email", "eva@svensson.se").build())
                .put("paymentTermsDays", 30)
                .put("creditLimit", JsonObject.builder().put("amount", "50000.00").put("currency", "SEK").build())
                .put("delivery", JsonObject.builder()
                        .put("address", JsonObject.builder().put("line1", "Kungsgatan 1").put("line2", "Bakgården")
                                .put("postalCode", "111 43").put("city", "Stockholm").put("countryCode", "SE").build())
                        .put("windowFrom", "06:00").put("windowTo", "08:00").put("instructions", "Back entrance, ring twice").build())
                .put("createdAt", T0.toString()).put("updatedAt", T0.toString()).put("version", 1)
                .build());
        assertThat(bare.toJson()).isEqualTo(JsonObject.builder()
                .put("id", bare.id().toString()).put("name", "Anna").put("businessType", "INDIVIDUAL")
                .put("contact", JsonObject.builder().put("phone", "+46 70 1").build())
                .put("delivery", JsonObject.builder().put("instructions", "Leave at the door").build())
                .put("createdAt", T0.toString()).put("updatedAt", T0.toString()).put("version", 1)
                .build());
        assertThat(created(new Draft("Anna", BusinessType.INDIVIDUAL, null, null, null, null)).toJson().members().keySet())
                .containsExactlyInAnyOrder("id", "name", "businessType", "createdAt", "updatedAt", "version");
    }

    @Test
    void names_limits_and_instructions_are_accepted_up_to_their_maximum_and_refused_one_past_it() {
        Draft d = svensson();
        assertThat(created(new Draft("n".repeat(Customer.MAX_NAME), BusinessType.BUSINESS, null, null, null, null)).name())
                .hasSize(Customer.MAX_NAME);
        assertThat(violations(new Draft("n".repeat(Customer.MAX_NAME + 1), BusinessType.BUSINESS, null, null, null, null)))
                .containsExactly(new Violation("name", "too_long", "name has at most 200 characters"));

        assertThat(created(new Draft("Anna", BusinessType.INDIVIDUAL, null, null,
                new CreditLimitDraft(new BigDecimal("9999999999999.99"), "SEK"), null)).creditLimit())
                .contains(Money.of("9999999999999.99", "SEK"));
        assertThat(violations(new Draft("Anna", BusinessType.INDIVIDUAL, null, null,
                new CreditLimitDraft(new BigDecimal("10000000000000"), "SEK"), null)))
                .containsExactly(new Violation("creditLimit.amount", "too_large", "a credit limit has at most 13 digits before the point"));

        String most = "i".repeat(DeliveryPreferences.MAX_INSTRUCTIONS);
        assertThat(created(new Draft("Anna", BusinessType.INDIVIDUAL, null, null, null, new DeliveryDraft(null, null, null, most)))
                .state().delivery().instructions()).contains(most);
        assertThat(violations(new Draft("Anna", BusinessType.INDIVIDUAL, null, null, null, new DeliveryDraft(null, null, null, most + "i"))))
                .containsExactly(new Violation("delivery.instructions", "too_long", "instructions have at most 1000 characters"));
    }

    private static java.util.List<Violation> violations(Draft d) {
        return ((OrderError.ValidationFailed) Customer.create(new CustomerId(UUID.randomUUID()), TENANT, d, T0).error()).violations();
    }

    @Test
    void only_name_and_business_type_are_required() {
        Customer c = created(new Draft("Anna", BusinessType.INDIVIDUAL, null, null, null, null));

        assertThat(c.state().contact()).isEmpty();
        assertThat(c.paymentTermsDays()).isEmpty();
        assertThat(c.creditLimit()).isEmpty();
        assertThat(c.state().delivery()).isEqualTo(DeliveryPreferences.NONE);
    }

    @Test
    void every_violation_of_a_new_customer_is_reported_at_once_with_its_path() {
        Draft bad = new Draft(" ", null, new ContactDraft(null, "", "not-an-email"), 400, new CreditLimitDraft(new BigDecimal("-1"), "XYZ"),
                new DeliveryDraft(new AddressDraft(null, null, "111 43", "Stockholm", "XX"), LocalTime.of(8, 0), LocalTime.of(6, 0), ""));

        OrderError error = Customer.create(new CustomerId(UUID.randomUUID()), TENANT, bad, T0).error();

        assertThat(((OrderError.ValidationFailed) error).violations()).extracting(Violation::path, Violation::code).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("name", "blank"),
                org.assertj.core.groups.Tuple.tuple("businessType", "required"),
                org.assertj.core.groups.Tuple.tuple("contact.phone", "blank"),
                org.assertj.core.groups.Tuple.tuple("contact.email", "invalid_email"),
                org.assertj.core.groups.Tuple.tuple("paymentTermsDays", "terms_out_of_range"),
                org.assertj.core.groups.Tuple.tuple("creditLimit.currency", "invalid_currency"),
                org.assertj.core.groups.Tuple.tuple("creditLimit.amount", "negative"),
                org.assertj.core.groups.Tuple.tuple("delivery.address.line1", "required"),
                org.assertj.core.groups.Tuple.tuple("delivery.address.countryCode", "invalid_country"),
                org.assertj.core.groups.Tuple.tuple("delivery.windowTo", "empty_window"),
                org.assertj.core.groups.Tuple.tuple("delivery.instructions", "blank"));
    }

    @Test
    void a_credit_limit_has_no_more_decimals_than_its_currency() {
        Draft d = new Draft("Anna", BusinessType.INDIVIDUAL, null, null, new CreditLimitDraft(new BigDecimal("100.5"), "JPY"), null);

        assertThat(((OrderError.ValidationFailed) Customer.create(new CustomerId(UUID.randomUUID()), TENANT, d, T0).error()).violations())
                .extracting(Violation::path, Violation::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("creditLimit.amount", "too_many_decimals"));
    }

    @Test
    void a_patch_changes_only_the_fields_it_names_and_null_clears_optional_ones() {
        Customer c = created(svensson());

        Customer.Change change = c.update(Patch.NOTHING.withName(Edit.set("Bageri Svensson AB")).withCreditLimit(Edit.clear())
                .withPaymentTermsDays(Edit.set(45)), T1).value();

        Customer after = change.after();
        assertThat(after.name()).isEqualTo("Bageri Svensson AB");
        assertThat(after.creditLimit()).isEmpty();
        assertThat(after.paymentTermsDays()).contains(45);
        assertThat(after.state().contact()).isEqualTo(c.state().contact());
        assertThat(after.state().delivery()).isEqualTo(c.state().delivery());
        assertThat(after.version()).isEqualTo(2);
        assertThat(after.state().updatedAt()).isEqualTo(T1);
        assertThat(after.state().createdAt()).isEqualTo(T0);
        assertThat(change.events()).singleElement().satisfies(e -> assertThat(e.payload().get("changed").orElseThrow().toString())
                .contains("name", "paymentTermsDays", "creditLimit").doesNotContain("contact"));
    }

    @Test
    void name_and_business_type_cannot_be_cleared_and_every_violation_is_reported() {
        Customer c = created(svensson());

        OrderError error = c.update(Patch.NOTHING.withName(Edit.clear()).withBusinessType(Edit.clear()).withPaymentTermsDays(Edit.set(-1)), T1)
                .error();

        assertThat(((OrderError.ValidationFailed) error).violations()).extracting(Violation::path)
                .containsExactlyInAnyOrder("name", "businessType", "paymentTermsDays");
    }

    @Test
    void an_empty_patch_is_refused_and_a_patch_that_changes_nothing_keeps_the_version() {
        Customer c = created(svensson());

        assertThat(((OrderError.ValidationFailed) c.update(Patch.NOTHING, T1).error()).violations())
                .extracting(Violation::code).containsExactly("nothing_to_update");
        Customer.Change same = c.update(Patch.NOTHING.withName(Edit.set("Bageri Svensson")).withPaymentTermsDays(Edit.set(30)), T1).value();
        assertThat(same.after()).isSameAs(c);
        assertThat(same.events()).isEmpty();
    }

    // ---- a stored customer, its identity, contacts, U+0000 and what an update re-checks and reports

    private static Customer.State withName(Customer.State s, String name) {
        return new Customer.State(s.id(), s.tenant(), name, s.businessType(), s.contact(), s.paymentTermsDays(), s.creditLimit(),
                s.delivery(), s.createdAt(), s.updatedAt(), s.version());
    }

    private static Customer.State withTermsAndLimit(Customer.State s, Optional<Integer> terms, Optional<Money> limit) {
        return new Customer.State(s.id(), s.tenant(), s.name(), s.businessType(), s.contact(), terms, limit, s.delivery(), s.createdAt(),
                s.updatedAt(), s.version());
    }

    private static Customer.State withVersion(Customer.State s, long version) {
        return new Customer.State(s.id(), s.tenant(), s.name(), s.businessType(), s.contact(), s.paymentTermsDays(), s.creditLimit(),
                s.delivery(), s.createdAt(), s.updatedAt(), version);
    }

    private static java.util.List<Violation> updateViolations(Customer c, Patch p) {
        return ((OrderError.ValidationFailed) c.update(p, T1).error()).violations();
    }

    private static Draft withContact(ContactDraft contact) {
        return new Draft("Anna", BusinessType.INDIVIDUAL, contact, null, null, null);
    }

    @Test
    void a_stored_customer_is_rehydrated_as_it_was_and_equals_only_a_customer_with_the_same_state() {
        Customer c = created(svensson());
        Customer other = created(svensson());

        Customer stored = Customer.rehydrate(c.state());

        assertThat(stored).isEqualTo(c).hasSameHashCodeAs(c).isNotEqualTo(other).isNotEqualTo(c.state());
        assertThat(stored.hashCode()).as("a customer hashes as its state").isEqualTo(c.state().hashCode());
        assertThat(stored.state()).isSameAs(c.state());
        assertThat(stored.toString()).isEqualTo("Customer[" + c.id() + " 'Bageri Svensson' BUSINESS v1]");
        assertThat(List.of(stored.tenant(), stored.businessType(), stored.createdAt())).containsExactly(TENANT, BusinessType.BUSINESS, T0);
    }

    @Test
    void a_stored_state_with_a_bad_name_terms_credit_limit_or_version_is_refused_with_every_violation() {
        Customer.State good = created(svensson()).state();
        String id = good.id().toString();

        assertThatThrownBy(() -> Customer.rehydrate(withName(good, " ")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("customer " + id + ": [name: name must not be blank [blank]]");
        assertThatThrownBy(() -> Customer.rehydrate(withName(good, "n".repeat(Customer.MAX_NAME + 1))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("customer " + id + ": [name: name has at most 200 characters [too_long]]");
        assertThatThrownBy(() -> Customer.rehydrate(withTermsAndLimit(good, Optional.of(366), good.creditLimit())))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("customer " + id + ": [paymentTermsDays: payment terms are 0-365 days, as on a line (R6), got 366 [terms_out_of_range]]");
        assertThatThrownBy(() -> Customer.rehydrate(withTermsAndLimit(good, good.paymentTermsDays(), Optional.of(Money.of("-0.01", "SEK")))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("customer " + id + ": [creditLimit.amount: a credit limit is 0 or more [negative]]");
        assertThatThrownBy(() -> Customer.rehydrate(withTermsAndLimit(withName(good, ""), Optional.of(-1), Optional.of(Money.of("-1", "SEK")))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("customer " + id + ": [name: name must not be blank [blank], "
                        + "paymentTermsDays: payment terms are 0-365 days, as on a line (R6), got -1 [terms_out_of_range], "
                        + "creditLimit.amount: a credit limit is 0 or more [negative]]");
        assertThatThrownBy(() -> Customer.rehydrate(withVersion(good, 0)))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("customer " + id + " has version 0");

        Customer.State edges = withVersion(withTermsAndLimit(withName(good, "n".repeat(Customer.MAX_NAME)), Optional.of(0),
                Optional.of(Money.of("0.00", "SEK"))), 1);
        assertThat(Customer.rehydrate(edges).state()).isEqualTo(edges);
        assertThat(Customer.rehydrate(withTermsAndLimit(good, Optional.of(365), Optional.empty())).paymentTermsDays()).contains(365);
    }

    @Test
    void payment_terms_are_0_to_365_days() {
        assertThat(created(new Draft("Anna", BusinessType.INDIVIDUAL, null, 0, null, null)).paymentTermsDays()).contains(0);
        assertThat(created(new Draft("Anna", BusinessType.INDIVIDUAL, null, 365, null, null)).paymentTermsDays()).contains(365);
        assertThat(violations(new Draft("Anna", BusinessType.INDIVIDUAL, null, -1, null, null))).containsExactly(
                new Violation("paymentTermsDays", "terms_out_of_range", "payment terms are 0-365 days, as on a line (R6), got -1"));
        assertThat(violations(new Draft("Anna", BusinessType.INDIVIDUAL, null, 366, null, null))).containsExactly(
                new Violation("paymentTermsDays", "terms_out_of_range", "payment terms are 0-365 days, as on a line (R6), got 366"));
    }

    @Test
    void a_contact_has_a_person_a_phone_or_an_email_and_none_of_them_blank() {
        assertThat(violations(withContact(new ContactDraft(null, null, null))))
                .containsExactly(new Violation("contact", "empty_contact", "a contact has a person, a phone or an email"));
        assertThat(created(withContact(new ContactDraft("Eva", null, null))).state().contact())
                .contains(new Contact(Optional.of("Eva"), Optional.empty(), Optional.empty()));
        assertThat(created(withContact(new ContactDraft(null, "+46 70 1", null))).state().contact())
                .contains(new Contact(Optional.empty(), Optional.of("+46 70 1"), Optional.empty()));
        assertThat(created(withContact(new ContactDraft(null, null, "eva@svensson.se"))).state().contact())
                .contains(new Contact(Optional.empty(), Optional.empty(), Optional.of("eva@svensson.se")));
        assertThat(violations(withContact(new ContactDraft(" ", "\t", " ")))).containsExactly(
                new Violation("contact.person", "blank", "person must not be blank; leave it out instead"),
                new Violation("contact.phone", "blank", "phone must not be blank; leave it out instead"),
                new Violation("contact.email", "blank", "email must not be blank; leave it out instead"));
    }

    @Test
    void contact_parts_are_accepted_up_to_255_characters_and_refused_one_past_it() {
        String person = "p".repeat(Contact.MAX_LENGTH);
        String phone = "1".repeat(Contact.MAX_LENGTH);
        String email = "e".repeat(Contact.MAX_LENGTH - 2) + "@x";

        assertThat(created(withContact(new ContactDraft(person, phone, email))).state().contact())
                .contains(new Contact(Optional.of(person), Optional.of(phone), Optional.of(email)));
        assertThat(violations(withContact(new ContactDraft(person + "p", phone + "1", "e" + email)))).containsExactly(
                new Violation("contact.person", "too_long", "person has at most 255 characters"),
                new Violation("contact.phone", "too_long", "phone has at most 255 characters"),
                new Violation("contact.email", "too_long", "email has at most 255 characters"));
    }

    @Test
    void U0000_is_refused_in_a_name_a_contact_part_and_the_instructions() {
        assertThat(violations(new Draft("Ann\u0000a", BusinessType.INDIVIDUAL, new ContactDraft("E\u0000va", "+46\u0000", "eva@x\u0000"),
                null, null, new DeliveryDraft(null, null, null, "ring\u0000twice")))).containsExactly(
                new Violation("name", "invalid_character", "name holds the character U+0000, which cannot be stored"),
                new Violation("contact.person", "invalid_character", "person holds the character U+0000, which cannot be stored"),
                new Violation("contact.phone", "invalid_character", "phone holds the character U+0000, which cannot be stored"),
                new Violation("contact.email", "invalid_character", "email holds the character U+0000, which cannot be stored"),
                new Violation("delivery.instructions", "invalid_character", "instructions holds the character U+0000, which cannot be stored"));
    }

    @Test
    void a_delivery_window_has_both_ends_or_neither() {
        assertThat(violations(new Draft("Anna", BusinessType.INDIVIDUAL, null, null, null, new DeliveryDraft(null, LocalTime.of(6, 0), null,
                null)))).containsExactly(new Violation("delivery.windowTo", "window_incomplete",
                "a delivery window has both windowFrom and windowTo, or neither"));
        assertThat(violations(new Draft("Anna", BusinessType.INDIVIDUAL, null, null, null, new DeliveryDraft(null, null, LocalTime.of(8, 0),
                null)))).containsExactly(new Violation("delivery.windowFrom", "window_incomplete",
                "a delivery window has both windowFrom and windowTo, or neither"));
    }

    @Test
    void an_update_checks_the_new_name_as_a_new_customers_name_is_checked() {
        Customer c = created(svensson());

        assertThat(updateViolations(c, Patch.NOTHING.withName(Edit.set(" "))))
                .containsExactly(new Violation("name", "blank", "name must not be blank"));
        assertThat(updateViolations(c, Patch.NOTHING.withName(Edit.set("n".repeat(Customer.MAX_NAME + 1)))))
                .containsExactly(new Violation("name", "too_long", "name has at most 200 characters"));
        assertThat(updateViolations(c, Patch.NOTHING.withName(Edit.set("A\u0000B"))))
                .containsExactly(new Violation("name", "invalid_character", "name holds the character U+0000, which cannot be stored"));
        assertThat(updateViolations(c, Patch.NOTHING.withContact(Edit.set(new ContactDraft(null, null, "nope")))
                .withCreditLimit(Edit.set(new CreditLimitDraft(new BigDecimal("-5"), "SEK"))))).containsExactly(
                new Violation("contact.email", "invalid_email", "'nope' is not an email address"),
                new Violation("creditLimit.amount", "negative", "a credit limit is 0 or more, got -5"));
        assertThat(c.update(Patch.NOTHING.withName(Edit.set("  Bageri Svensson AB  ")), T1).value().after().name())
                .isEqualTo("Bageri Svensson AB");
    }

    @Test
    void an_update_event_carries_the_whole_customer_and_the_fields_that_changed_in_order() {
        Customer anna = created(new Draft("Anna", BusinessType.INDIVIDUAL, null, null, null, null));

        Customer.Change change = anna.update(new Patch(Edit.set("Anna Berg"), Edit.set(BusinessType.BUSINESS),
                Edit.set(new ContactDraft("Anna Berg", null, null)), Edit.set(10), Edit.set(new CreditLimitDraft(new BigDecimal("100.00"), "SEK")),
                Edit.set(new DeliveryDraft(null, null, null, "Ring"))), T1).value();

        JsonObject payload = JsonObject.builder()
                .put("id", anna.id().toString()).put("name", "Anna Berg").put("businessType", "BUSINESS")
                .put("contact", JsonObject.builder().put("person", "Anna Berg").build())
                .put("paymentTermsDays", 10)
                .put("creditLimit", JsonObject.builder().put("amount", "100.00").put("currency", "SEK").build())
                .put("delivery", JsonObject.builder().put("instructions", "Ring").build())
                .put("createdAt", T0.toString()).put("updatedAt", T1.toString()).put("version", 2)
                .put("changed", JsonArray.of(new JsonString("name"), new JsonString("businessType"), new JsonString("contact"),
                        new JsonString("paymentTermsDays"), new JsonString("creditLimit"), new JsonString("delivery")))
                .build();
        assertThat(change.events()).containsExactly(new CustomerEvents.CustomerUpdated(TENANT, anna.id().toString(), payload, T1));
        assertThat(change.after().toJson().members()).isEqualTo(payload.members().entrySet().stream()
                .filter(e -> !e.getKey().equals("changed")).collect(java.util.stream.Collectors.toMap(e -> e.getKey(), e -> e.getValue())));

        Customer.Change cleared = change.after().update(Patch.NOTHING.withContact(Edit.clear()).withDelivery(Edit.clear()), T1.plusSeconds(1))
                .value();
        assertThat(cleared.events()).singleElement().satisfies(e -> assertThat(e.payload().get("changed"))
                .contains(JsonArray.of(new JsonString("contact"), new JsonString("delivery"))));
        assertThat(cleared.after().state().contact()).isEmpty();
        assertThat(cleared.after().state().delivery()).isEqualTo(DeliveryPreferences.NONE);
    }
}
