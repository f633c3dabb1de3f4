package dev.ordercore.domain.order;

import dev.ordercore.domain.catalog.AssetId;
import dev.ordercore.domain.catalog.Frequency;
import dev.ordercore.domain.catalog.KlassId;
import dev.ordercore.domain.catalog.ProductId;
import dev.ordercore.domain.shared.Address;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Orders and lines as requests state them: what the builders and withers put where. */
class OrderDraftTest {

    private static final Currency SEK = Currency.getInstance("SEK");
    private static final LocalDate DAY = LocalDate.of(2026, 2, 1);
    private static final CustomerId CUSTOMER = new CustomerId(UUID.fromString("0190d2a4-7c2e-7d3b-9c1f-000000000c01"));
    private static final VendorId VENDOR = new VendorId(UUID.fromString("0190d2a4-7c2e-7d3b-9c1f-000000000f01"));
    private static final Address SITE = Address.of("Kungsgatan 1", "111 43", "Stockholm", "SE");
    private static final Contact ANN = new Contact(Optional.of("Ann"), Optional.of("+46 8 123 456"), Optional.of("ann@example.com"));

    @Test
    @DisplayName("the order builder puts every stated field in its place")
    void the_order_builder_puts_every_stated_field_in_its_place() {
        LineItemDraft wine = LineItemDraft.builder().description("Wine").unitPrice("150.00").on(DAY).build();
        LineItemDraft fee = LineItemDraft.builder().description("Fee").unitPrice("25").on(DAY).build();

        OrderDraft draft = OrderDraft.builder(SEK).customer(CUSTOMER).vendor(VENDOR).notes("back door").internalNotes("VIP")
                .contact(ANN).deliveryAddress(SITE).estimatedDelivery(DAY).line(wine).lines(List.of(fee, wine))
                .expectedTotal(new BigDecimal("325.00")).build();

        assertThat(draft).isEqualTo(new OrderDraft(SEK, Optional.of(CUSTOMER), Optional.of(VENDOR), Optional.of("back door"),
                Optional.of("VIP"), Optional.of(ANN), Optional.of(SITE), Optional.of(DAY), List.of(wine, fee, wine),
                Optional.of(new BigDecimal("325.00"))));
    }

    @Test
    @DisplayName("withers change one thing and keep the rest and a draft without an expected total has none")
    void withers_change_one_thing_and_keep_the_rest_and_a_draft_without_an_expected_total_has_none() {
        LineItemDraft wine = LineItemDraft.builder().description("Wine").unitPrice("150.00").on(DAY).build();
        OrderDraft draft = new OrderDraft(SEK, Optional.of(CUSTOMER), Optional.empty(), Optional.of("n"), Optional.empty(), Optional.of(ANN),
                Optional.of(SITE), Optional.of(DAY), List.of(wine));

        OrderDraft expecting = draft.withExpectedTotal(new BigDecimal("150.00"));
        OrderDraft twoLines = expecting.withLineItems(List.of(wine, wine));

        assertThat(draft.expectedTotal()).isEmpty();
        assertThat(expecting).isEqualTo(new OrderDraft(SEK, Optional.of(CUSTOMER), Optional.empty(), Optional.of("n"), Optional.empty(),
                Optional.of(ANN), Optional.of(SITE), Optional.of(DAY), List.of(wine), Optional.of(new BigDecimal("150.00"))));
        assertThat(twoLines.lineItems()).containsExactly(wine, wine);
        assertThat(twoLines.withLineItems(List.of(wine))).isEqualTo(expecting);
    }

    @Test
    @DisplayName("a line draft built field by field reads back the same through toBuilder")
    void a_line_draft_built_field_by_field_reads_back_the_same_through_to_builder() {
        LineItemDraft rental = LineItemDraft.builder().ref("digger").klass(new KlassId(UUID.randomUUID()))
                .product(new ProductId(UUID.randomUUID())).asset(new AssetId(UUID.randomUUID())).description("Excavator")
                .quantity(1).unitPrice(new BigDecimal("4900")).from(DAY).to(DAY.plusDays(10))
                .delivery(OrderDelivery.outbound(DAY, SITE)).customer(CUSTOMER).vendor(VENDOR)
                .billing(BillingDraft.recurring(BillingTiming.UPFRONT, Frequency.WEEK, 30, Payer.CUSTOMER)).modifies("wine").build();

        assertThat(rental.toBuilder().build()).isEqualTo(rental);
        assertThat(rental.from()).contains(DAY);
        assertThat(rental.to()).contains(DAY.plusDays(10));
        assertThat(rental.modifies()).contains(LineRef.ref("wine"));
        assertThat(rental.toBuilder().noDates().on(DAY).build().on()).contains(DAY);
        assertThat(rental.toBuilder().noDates().build().from()).isEmpty();
    }

    @Test
    @DisplayName("contact details have 1 to 255 characters and an email has an at sign")
    void contact_details_have_1_to_255_characters_and_an_email_has_an_at_sign() {
        assertThat(new Contact(Optional.of("a".repeat(255)), Optional.empty(), Optional.empty()).person()).contains("a".repeat(255));
        assertThatThrownBy(() -> new Contact(Optional.of("a".repeat(256)), Optional.empty(), Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Contact(Optional.empty(), Optional.empty(), Optional.of("ann.example.com")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Contact(Optional.empty(), Optional.empty(), Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("a line reference reads as the ref or the line it names")
    void a_line_reference_reads_as_the_ref_or_the_line_it_names() {
        LineItemId id = new LineItemId(UUID.fromString("0190d2a4-7c2e-7d3b-9c1f-0000000011ee"));

        assertThat(LineRef.ref("wine")).hasToString("ref 'wine'");
        assertThat(LineRef.id(id)).hasToString("line 0190d2a4-7c2e-7d3b-9c1f-0000000011ee");
    }
}
