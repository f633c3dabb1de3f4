package dev.ordercore.domain.shared;

import dev.ordercore.domain.access.Principal;
import dev.ordercore.domain.access.Role;
import dev.ordercore.domain.cases.Case;
import dev.ordercore.domain.cases.CaseId;
import dev.ordercore.domain.catalog.Asset;
import dev.ordercore.domain.catalog.AssetId;
import dev.ordercore.domain.catalog.Category;
import dev.ordercore.domain.catalog.CategoryId;
import dev.ordercore.domain.catalog.CategoryType;
import dev.ordercore.domain.catalog.ProductId;
import dev.ordercore.domain.order.Contact;
import dev.ordercore.domain.relation.EntityRef;
import dev.ordercore.domain.testing.OrderFixtures;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/** Free text never holds U+0000, which no SQL store can keep: it is refused where it comes in, with the field named. */
class TextTest {

    private static final String NUL = "a\u0000b";
    private static final TenantId TENANT = TenantId.of("winefeed");
    private static final Instant NOW = Instant.parse("2026-01-14T09:00:00Z");

    @Test
    void text_with_u0000_is_refused_as_an_invalid_character_of_its_field() {
        List<Violation> found = new java.util.ArrayList<>();
        Reason.violation("reason", Optional.of(NUL)).ifPresent(found::add);
        found.addAll(EntityRef.violations("ticket", NUL));
        found.addAll(Address.violations(NUL, null, "111 43", "Stockholm", "SE"));
        found.addAll(violations(Category.create(new CategoryId(UUID.randomUUID()), TENANT, NUL, CategoryType.SALE, NOW)));
        found.addAll(violations(Asset.create(new AssetId(UUID.randomUUID()), TENANT, new ProductId(UUID.randomUUID()), NUL, NOW)));
        found.addAll(violations(Case.open(new CaseId(UUID.randomUUID()), TENANT, NUL, List.of(), Principal.user("ann", TENANT, Role.OPERATOR),
                NOW)));
        found.addAll(violations(OrderFixtures.place(OrderFixtures.anOrder().notes(NUL).line(OrderFixtures.aSale().description(NUL).build())
                .build())));

        assertThat(found).extracting(Violation::path, Violation::code).containsExactly(
                tuple("reason", Text.INVALID_CHARACTER),
                tuple("id", Text.INVALID_CHARACTER),
                tuple("line1", Text.INVALID_CHARACTER),
                tuple("name", Text.INVALID_CHARACTER),
                tuple("serialNumber", Text.INVALID_CHARACTER),
                tuple("title", Text.INVALID_CHARACTER),
                tuple("notes", Text.INVALID_CHARACTER),
                tuple("lineItems[0].description", Text.INVALID_CHARACTER));
    }

    private static List<Violation> violations(Result<?, OrderError> refused) {
        return ((OrderError.ValidationFailed) refused.error()).violations();
    }

    @Test
    void values_that_cannot_report_a_field_refuse_u0000_outright() {
        assertThatThrownBy(() -> Principal.user(NUL, TENANT, Role.OPERATOR)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Contact(Optional.of(NUL), Optional.empty(), Optional.empty())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void other_control_characters_and_any_unicode_are_storable() {
        assertThat(Text.storable("tab\there, é, 😀, \u0001")).isTrue();
        assertThat(Text.storable(NUL)).isFalse();
    }
}
