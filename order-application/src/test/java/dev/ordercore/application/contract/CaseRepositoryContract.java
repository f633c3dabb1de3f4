package dev.ordercore.application.contract;

import dev.ordercore.application.OrderCorePorts;
import dev.ordercore.application.port.out.CaseRepository;
import dev.ordercore.application.port.out.DuplicateKeyException;
import dev.ordercore.application.port.out.StaleVersionException;
import dev.ordercore.domain.cases.Case;
import dev.ordercore.domain.cases.CaseId;
import dev.ordercore.domain.shared.EntityType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.ordercore.application.contract.ContractData.OTHER_TENANT;
import static dev.ordercore.application.contract.ContractData.TENANT;
import static dev.ordercore.application.contract.ContractData.aCase;
import static dev.ordercore.application.contract.ContractData.closeTag;
import static dev.ordercore.application.contract.ContractData.minutes;
import static dev.ordercore.application.contract.ContractData.uuids;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What every {@link CaseRepository} does: cases by tenant and id, updated only from the version
 * stored (never a lost update). Extend it with a {@link #ports()} that answers fresh, empty stores.
 */
public abstract class CaseRepositoryContract {

    /** Fresh, empty stores; called once before each test. */
    protected abstract OrderCorePorts ports();

    private OrderCorePorts ports;
    private CaseRepository cases;

    @BeforeEach
    void freshStores() {
        ports = ports();
        cases = ports.cases();
    }

    @Test
    void a_stored_case_is_found_exactly_as_it_was_stored() {
        Case opened = aCase(TENANT);

        cases.insert(opened);

        assertThat(cases.find(TENANT, opened.id())).contains(opened);
        assertThat(cases.find(TENANT, CaseId.next(uuids()))).isEmpty();
    }

    @Test
    void R35_another_tenants_case_behaves_exactly_like_an_unknown_id() {
        Case theirs = aCase(OTHER_TENANT);
        cases.insert(theirs);

        assertThat(cases.find(TENANT, theirs.id())).isEmpty();
        assertThat(cases.find(OTHER_TENANT, theirs.id())).contains(theirs);
    }

    @Test
    void a_case_id_that_is_taken_is_refused_and_the_first_case_stays() {
        Case first = aCase(TENANT);
        cases.insert(first);
        Case sameId = closeTag(first, "quote_needed", minutes(1));

        assertThatThrownBy(() -> cases.insert(sameId))
                .isInstanceOfSatisfying(DuplicateKeyException.class, e -> assertThat(e.entity()).isEqualTo(EntityType.CASE));
        assertThat(cases.find(TENANT, first.id())).contains(first);
    }

    @Test
    void an_update_at_the_expected_version_replaces_the_case() {
        Case opened = aCase(TENANT);
        cases.insert(opened);
        Case quoted = closeTag(opened, "quote_needed", minutes(1));

        cases.update(quoted, opened.version());

        assertThat(cases.find(TENANT, opened.id())).contains(quoted);
        Case installed = closeTag(quoted, "installation", minutes(2));
        cases.update(installed, quoted.version());
        assertThat(cases.find(TENANT, opened.id())).contains(installed);
    }

    @Test
    void a_stale_update_is_refused_and_changes_nothing() {
        Case opened = aCase(TENANT);
        cases.insert(opened);
        Case quoted = closeTag(opened, "quote_needed", minutes(1));
        cases.update(quoted, opened.version());
        Case installedFromTheOldCopy = closeTag(opened, "installation", minutes(2));

        assertThatThrownBy(() -> cases.update(installedFromTheOldCopy, opened.version()))
                .isInstanceOfSatisfying(StaleVersionException.class, e -> {
                    assertThat(e.entity()).isEqualTo(EntityType.CASE);
                    assertThat(e.expected()).isEqualTo(opened.version());
                    assertThat(e.actual()).isEqualTo(quoted.version());
                });
        assertThat(cases.find(TENANT, opened.id())).contains(quoted);
    }

    @Test
    void of_concurrent_updates_from_the_same_loaded_version_exactly_one_succeeds() {
        Case opened = aCase(TENANT);
        cases.insert(opened);
        List<Case> changes = List.of(closeTag(opened, "quote_needed", minutes(1)), closeTag(opened, "installation", minutes(1)),
                closeTag(opened, "quote_needed", minutes(2)), closeTag(opened, "installation", minutes(2)));

        List<Race.Outcome<Object>> outcomes = Race.run(changes.size(), i -> () -> ports.transactions().inTransaction(() -> {
            cases.update(changes.get(i), opened.version());
            return null;
        }));

        assertThat(outcomes).filteredOn(Race.Outcome::succeeded).hasSize(1);
        assertThat(outcomes).filteredOn(o -> !o.succeeded())
                .allSatisfy(o -> assertThat(o.failure()).isInstanceOf(StaleVersionException.class));
    }
}
