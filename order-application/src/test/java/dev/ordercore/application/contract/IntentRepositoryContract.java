package dev.ordercore.application.contract;

import dev.ordercore.application.OrderCorePorts;
import dev.ordercore.application.port.out.DuplicateKeyException;
import dev.ordercore.application.port.out.IntentRepository;
import dev.ordercore.domain.intent.IntentKey;
import dev.ordercore.domain.intent.StoredIntent;
import dev.ordercore.domain.shared.EntityType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import static dev.ordercore.application.contract.ContractData.OTHER_TENANT;
import static dev.ordercore.application.contract.ContractData.TENANT;
import static dev.ordercore.application.contract.ContractData.aRejectedIntent;
import static dev.ordercore.application.contract.ContractData.anAcceptedIntent;
import static dev.ordercore.application.contract.ContractData.minutes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What every {@link IntentRepository} does: the log of decided intents, unique per (tenant, source
 * system, intent id) even under concurrent duplicates (R21, R22), listed in the order received.
 * Extend it with a {@link #ports()} that answers fresh, empty stores.
 */
public abstract class IntentRepositoryContract {

    /** Fresh, empty stores; called once before each test. */
    protected abstract OrderCorePorts ports();

    private OrderCorePorts ports;
    private IntentRepository intents;

    @BeforeEach
    void freshStores() {
        ports = ports();
        intents = ports.intents();
    }

    @Test
    void a_rejected_intent_is_found_by_its_key_exactly_as_stored() {
        StoredIntent rejected = aRejectedIntent(TENANT, "channel.shopify", "i001", minutes(1));

        intents.insert(rejected);

        assertThat(intents.find(TENANT, rejected.key())).contains(rejected);
    }

    @Test
    void an_accepted_intent_is_found_by_its_key_exactly_as_stored() {
        ContractData.AcceptedIntent accepted = anAcceptedIntent(TENANT, "channel.shopify", "i001", minutes(1));
        ports.orders().insert(accepted.placed().order());

        intents.insert(accepted.intent());

        assertThat(intents.find(TENANT, accepted.intent().key())).contains(accepted.intent());
    }

    @Test
    void an_unknown_key_is_not_found() {
        intents.insert(aRejectedIntent(TENANT, "channel.shopify", "i001", minutes(1)));

        assertThat(intents.find(TENANT, new IntentKey("channel.shopify", "i002"))).isEmpty();
        assertThat(intents.find(TENANT, new IntentKey("erp", "i001"))).isEmpty();
    }

    @Test
    void R35_another_tenants_intent_behaves_exactly_like_an_unknown_key() {
        StoredIntent theirs = aRejectedIntent(OTHER_TENANT, "channel.shopify", "i001", minutes(1));
        intents.insert(theirs);

        assertThat(intents.find(TENANT, theirs.key())).isEmpty();
        assertThat(intents.listInReceiptOrder(TENANT, Optional.empty(), 10)).isEmpty();
        assertThat(intents.listInReceiptOrder(TENANT, Optional.of(theirs), 10)).isEmpty();
    }

    @Test
    void R35_a_key_taken_in_another_tenant_is_free_in_this_one() {
        StoredIntent theirs = aRejectedIntent(OTHER_TENANT, "channel.shopify", "i001", minutes(1));
        intents.insert(theirs);
        StoredIntent ours = aRejectedIntent(TENANT, "channel.shopify", "i001", minutes(2));

        intents.insert(ours);

        assertThat(intents.find(TENANT, ours.key())).contains(ours);
        assertThat(intents.find(OTHER_TENANT, theirs.key())).contains(theirs);
    }

    @Test
    void R22_a_taken_key_is_refused_and_the_first_intent_stays() {
        StoredIntent first = aRejectedIntent(TENANT, "channel.shopify", "i001", minutes(1));
        intents.insert(first);
        StoredIntent again = aRejectedIntent(TENANT, "channel.shopify", "i001", minutes(2));

        assertThatThrownBy(() -> intents.insert(again))
                .isInstanceOfSatisfying(DuplicateKeyException.class, e -> assertThat(e.entity()).isEqualTo(EntityType.INTENT));
        assertThat(intents.find(TENANT, first.key())).contains(first);
        assertThat(intents.listInReceiptOrder(TENANT, Optional.empty(), 10)).containsExactly(first);
    }

    @Test
    void R22_intents_inserted_together_are_found_together_and_a_taken_key_among_them_stores_none() {
        StoredIntent first = aRejectedIntent(TENANT, "channel.shopify", "i001", minutes(1));
        StoredIntent second = aRejectedIntent(TENANT, "erp", "i001", minutes(1));
        intents.insertAll(List.of(first, second));

        assertThat(intents.findAll(TENANT, List.of(first.key(), second.key(), new IntentKey("erp", "i404"))))
                .containsExactlyInAnyOrder(first, second);
        assertThat(intents.findAll(OTHER_TENANT, List.of(first.key()))).as("R35").isEmpty();

        StoredIntent third = aRejectedIntent(TENANT, "erp", "i003", minutes(2));
        StoredIntent taken = aRejectedIntent(TENANT, "channel.shopify", "i001", minutes(2));
        assertThatThrownBy(() -> ports.transactions().inTransaction(() -> {
            intents.insertAll(List.of(third, taken));
            return null;
        })).isInstanceOfSatisfying(DuplicateKeyException.class, e -> assertThat(e.entity()).isEqualTo(EntityType.INTENT));
        assertThat(intents.find(TENANT, third.key())).isEmpty();
        assertThat(intents.find(TENANT, first.key())).contains(first);
    }

    @Test
    void R21_the_same_intent_id_from_another_source_system_is_another_intent() {
        StoredIntent fromShop = aRejectedIntent(TENANT, "channel.shopify", "i001", minutes(1));
        StoredIntent fromErp = aRejectedIntent(TENANT, "erp", "i001", minutes(1));

        intents.insert(fromShop);
        intents.insert(fromErp);

        assertThat(intents.find(TENANT, fromShop.key())).contains(fromShop);
        assertThat(intents.find(TENANT, fromErp.key())).contains(fromErp);
    }

    @Test
    void R22_of_concurrent_inserts_of_one_key_exactly_one_succeeds() {
        int contenders = 8;
        List<StoredIntent> duplicates = new ArrayList<>();
        for (int i = 0; i < contenders; i++) {
            duplicates.add(aRejectedIntent(TENANT, "channel.shopify", "i001", minutes(i)));
        }

        List<Race.Outcome<Object>> outcomes = Race.run(contenders, i -> () -> ports.transactions().inTransaction(() -> {
            intents.insert(duplicates.get(i));
            return null;
        }));

        assertThat(outcomes).filteredOn(Race.Outcome::succeeded).hasSize(1);
        assertThat(outcomes).filteredOn(o -> !o.succeeded())
                .hasSize(contenders - 1)
                .allSatisfy(o -> assertThat(o.failure()).isInstanceOf(DuplicateKeyException.class));
        int winner = outcomes.indexOf(outcomes.stream().filter(Race.Outcome::succeeded).findFirst().orElseThrow());
        assertThat(intents.find(TENANT, duplicates.get(0).key())).contains(duplicates.get(winner));
        assertThat(intents.listInReceiptOrder(TENANT, Optional.empty(), 10)).hasSize(1);
    }

    // ---- receipt order

    @Test
    void intents_are_listed_in_the_order_received_then_by_key() {
        StoredIntent first = aRejectedIntent(TENANT, "erp", "i009", minutes(1));
        StoredIntent tiedA = aRejectedIntent(TENANT, "channel.shopify", "i002", minutes(2));
        StoredIntent tiedB = aRejectedIntent(TENANT, "channel.shopify", "i003", minutes(2));
        StoredIntent tiedC = aRejectedIntent(TENANT, "erp", "i001", minutes(2));
        StoredIntent last = aRejectedIntent(TENANT, "channel.shopify", "i001", minutes(3));
        List<StoredIntent> shuffled = new ArrayList<>(List.of(first, tiedA, tiedB, tiedC, last));
        Collections.shuffle(shuffled, new Random(3));
        shuffled.forEach(intents::insert);
        intents.insert(aRejectedIntent(OTHER_TENANT, "erp", "i000", minutes(2)));

        assertThat(intents.listInReceiptOrder(TENANT, Optional.empty(), 10)).containsExactly(first, tiedA, tiedB, tiedC, last);
    }

    @Test
    void the_limit_caps_a_page_of_intents() {
        for (int i = 0; i < 4; i++) {
            intents.insert(aRejectedIntent(TENANT, "erp", "i00" + i, minutes(i)));
        }

        assertThat(intents.listInReceiptOrder(TENANT, Optional.empty(), 3)).hasSize(3);
    }

    @Test
    void paging_after_an_intent_returns_every_intent_exactly_once_in_receipt_order() {
        List<StoredIntent> all = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            all.add(aRejectedIntent(TENANT, i % 2 == 0 ? "erp" : "channel.shopify", "i0" + (10 - i), minutes(i / 3)));
        }
        List<StoredIntent> shuffled = new ArrayList<>(all);
        Collections.shuffle(shuffled, new Random(5));
        shuffled.forEach(intents::insert);
        List<StoredIntent> expected = intents.listInReceiptOrder(TENANT, Optional.empty(), 100);

        List<StoredIntent> paged = new ArrayList<>();
        Optional<StoredIntent> after = Optional.empty();
        for (int pages = 0; pages < 20; pages++) {
            List<StoredIntent> page = intents.listInReceiptOrder(TENANT, after, 3);
            paged.addAll(page);
            if (page.size() < 3) {
                break;
            }
            after = Optional.of(page.get(page.size() - 1));
        }

        assertThat(expected).containsExactlyInAnyOrderElementsOf(all);
        assertThat(paged).containsExactlyElementsOf(expected);
    }

    @Test
    void a_page_after_the_last_intent_is_empty() {
        StoredIntent only = aRejectedIntent(TENANT, "erp", "i001", minutes(1));
        intents.insert(only);

        assertThat(intents.listInReceiptOrder(TENANT, Optional.of(only), 10)).isEmpty();
    }
}
