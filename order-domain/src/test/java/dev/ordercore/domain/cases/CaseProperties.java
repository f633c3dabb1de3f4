package dev.ordercore.domain.cases;

import dev.ordercore.domain.access.Principal;
import dev.ordercore.domain.access.Role;
import dev.ordercore.domain.shared.OrderError;
import dev.ordercore.domain.shared.Result;
import dev.ordercore.domain.shared.TenantId;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

@StatisticsReport(onFailureOnly = true)
class CaseProperties {

    private static final TenantId TENANT = TenantId.of("it-services");
    private static final Instant NOW = Instant.parse("2026-01-14T10:00:00Z");

    @Provide
    Arbitrary<Set<String>> tags() {
        return Arbitraries.of("quote_needed", "hardware", "install", "pick_items", "ship", "invoice").set().ofMaxSize(4);
    }

    @Property(tries = 200)
    @Label("R29 a case closes exactly when all its tags are closed, or when an admin forces it with a reason")
    void a_case_closes_when_its_tags_are_closed_or_an_admin_forces_it(@ForAll("tags") Set<String> tags, @ForAll("tags") Set<String> done,
                                                                     @ForAll boolean force, @ForAll Role role) {
        Principal actor = Principal.user("someone", TENANT, role);
        Case c = Case.open(new CaseId(UUID.randomUUID()), TENANT, "Deliver order", List.copyOf(tags), actor, NOW).value().after();
        for (String tag : tags) {
            if (done.contains(tag)) {
                c = c.closeTag(tag, actor, NOW).value().after();
            }
        }
        List<String> open = c.tags().stream().filter(CaseTag::isOpen).map(CaseTag::name).toList();

        Result<Case.Change, OrderError> closed = c.close(force, Optional.of("done"), actor, NOW);

        String outcome;
        if (open.isEmpty()) {
            outcome = "all tags closed";
            assertThat(closed.value().after().state().forced()).isFalse();
        } else if (!force) {
            outcome = "open tags, refused";
            assertThat(closed.error()).isEqualTo(new OrderError.CaseTagsOpen(c.id().toString(), open));
        } else if (role != Role.ADMIN) {
            outcome = "forced by non-admin, refused";
            assertThat(closed.error()).isInstanceOf(OrderError.Forbidden.class);
        } else {
            outcome = "forced by admin";
            assertThat(closed.value().after().state().forced()).isTrue();
        }
        if (closed.isOk()) {
            assertThat(closed.value().after().status()).isEqualTo(CaseStatus.CLOSED);
            assertThat(closed.value().after().tags()).isEqualTo(c.tags());
        }
        Statistics.label("R29").collect(outcome);
        Statistics.label("R29").coverage(cov -> List.of("all tags closed", "open tags, refused", "forced by non-admin, refused",
                "forced by admin").forEach(o -> cov.check(o).count(n -> n > 0)));
    }
}
