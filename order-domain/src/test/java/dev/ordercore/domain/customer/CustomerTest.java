package dev.ordercore.domain.customer;

import dev.ordercore.domain.customer.Customer.AddressDraft;
import dev.ordercore.domain.customer.Customer.ContactDraft;
import dev.ordercore.domain.customer.Customer.CreditLimitDraft;
import dev.ordercore.domain.customer.Customer.DeliveryDraft;
import dev.ordercore.domain.customer.Customer.Draft;
import dev.ordercore.domain.customer.Customer.Patch;
import dev.ordercore.domain.json.JsonObject;
import dev.ordercore.domain.order.CustomerId;
import dev.ordercore.domain.shared.Money;
import dev.ordercore.domain.shared.OrderError;
import dev.ordercore.domain.shared.TenantId;
import dev.ordercore.domain.shared.Violation;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalTime;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

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
}
