package dev.ordercore.adapter.postgres;

import dev.ordercore.application.OrderCorePorts;
import dev.ordercore.domain.cases.Case;
import dev.ordercore.domain.catalog.Category;
import dev.ordercore.domain.catalog.Frequency;
import dev.ordercore.domain.catalog.Klass;
import dev.ordercore.domain.catalog.KlassId;
import dev.ordercore.domain.json.JsonArray;
import dev.ordercore.domain.json.JsonObject;
import dev.ordercore.domain.json.JsonValue;
import dev.ordercore.domain.relation.EntityRef;
import dev.ordercore.domain.relation.Relation;
import dev.ordercore.domain.relation.RelationId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

import static dev.ordercore.application.contract.ContractData.CLOCK;
import static dev.ordercore.application.contract.ContractData.EUR;
import static dev.ordercore.application.contract.ContractData.T0;
import static dev.ordercore.application.contract.ContractData.TENANT;
import static dev.ordercore.application.contract.ContractData.aCase;
import static dev.ordercore.application.contract.ContractData.aCaseRef;
import static dev.ordercore.application.contract.ContractData.admin;
import static dev.ordercore.application.contract.ContractData.category;
import static dev.ordercore.application.contract.ContractData.closeTag;
import static dev.ordercore.application.contract.ContractData.minutes;
import static dev.ordercore.application.contract.ContractData.ok;
import static dev.ordercore.application.contract.ContractData.uuids;
import static org.assertj.core.api.Assertions.assertThat;

/** Values the port contracts do not happen to use come back from their JSON columns exactly as stored. */
class PostgresCatalogAndCaseMappingIT {

    private OrderCorePorts ports;

    @BeforeEach
    void freshStores() {
        ports = PostgresTestDatabase.forClass(getClass()).freshStores(CLOCK).ports();
    }

    @Test
    void rental_prices_per_frequency_and_currency_come_back_exactly() {
        Category tents = category(TENANT, "Tents");
        ports.categories().insert(tents);
        Currency yen = Currency.getInstance("JPY");
        Klass tent = ok(Klass.create(KlassId.next(uuids()), TENANT, "Party tent", tents.id(), List.of(
                new Klass.PriceDraft(Frequency.DAY, new BigDecimal("120.5"), EUR),
                new Klass.PriceDraft(Frequency.FOUR_WEEKS, new BigDecimal("1200"), EUR),
                new Klass.PriceDraft(Frequency.DAY, new BigDecimal("19000"), yen),
                new Klass.PriceDraft(null, new BigDecimal("0"), EUR)), T0));

        ports.klasses().insert(tent);

        assertThat(ports.klasses().find(TENANT, tent.id())).contains(tent);
    }

    @Test
    void a_force_closed_case_comes_back_with_who_when_and_why() {
        Case opened = aCase(TENANT);
        ports.cases().insert(opened);
        Case quoted = closeTag(opened, "quote_needed", minutes(1));
        Case closed = ok(quoted.close(true, Optional.of("customer cancelled"), admin(TENANT), minutes(2).plusNanos(123_000))).after();

        ports.cases().update(quoted, opened.version());
        ports.cases().update(closed, quoted.version());

        assertThat(ports.cases().find(TENANT, opened.id())).contains(closed);
        assertThat(ports.cases().findForUpdate(TENANT, opened.id())).contains(closed);
    }

    @Test
    void relation_metadata_keeps_nesting_and_exact_numbers() {
        JsonObject metadata = JsonObject.builder()
                .put("amount", new BigDecimal("12345678901234567890.0100"))
                .put("lines", new JsonArray(List.<JsonValue>of(JsonValue.of(1), JsonValue.of("two \"quoted\" \u00e6\u00f8\u00e5"))))
                .putNull("none")
                .build();
        Relation relation = ok(Relation.create(RelationId.next(uuids()), TENANT, aCaseRef(), new EntityRef("ticket", "T-1"),
                "opfoelgning", metadata, "ann", T0));

        ports.relations().insert(relation);

        assertThat(ports.relations().find(TENANT, relation.id())).contains(relation);
    }
}
