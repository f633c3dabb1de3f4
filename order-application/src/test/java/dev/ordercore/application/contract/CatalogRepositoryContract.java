package dev.ordercore.application.contract;

import dev.ordercore.application.OrderCorePorts;
import dev.ordercore.application.port.out.CatalogRepository;
import dev.ordercore.application.port.out.DuplicateKeyException;
import dev.ordercore.domain.shared.EntityType;
import dev.ordercore.domain.shared.TenantId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import static dev.ordercore.application.contract.ContractData.OTHER_TENANT;
import static dev.ordercore.application.contract.ContractData.TENANT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What the catalog stores share: entries by id within a tenant, a unique natural key, lists in id
 * order (ids are UUIDv7, so creation order), and soft deletion: an entry is marked deleted, never
 * removed, stays readable by id, keeps its natural key and leaves lists that do not ask for deleted
 * entries. Each store's contract extends this and says how its entries are made; adapters extend those.
 *
 * @param <T> the entry
 * @param <I> its id
 */
public abstract class CatalogRepositoryContract<T, I> {

    /** Fresh, empty stores; called once before each test. */
    protected abstract OrderCorePorts ports();

    /** The store under test among {@code ports}. */
    protected abstract CatalogRepository<T, I> repository(OrderCorePorts ports);

    /** What the store's errors name. */
    protected abstract EntityType entityType();

    /** A new entry of {@code tenant} whose natural key is made from {@code key}; what it refers to is stored already. */
    protected abstract T newEntry(TenantId tenant, String key);

    /** A new entry, with a new id, whose natural key is the one {@code existing} has. */
    protected abstract T withSameNaturalKey(T existing);

    /** An entry with the id {@code existing} has and a natural key made from {@code key}. */
    protected abstract T withSameId(T existing, String key);

    protected abstract I idOf(T entry);

    protected abstract Optional<Instant> deletedAtOf(T entry);

    /**
     * Whether entries have a natural key besides their id (modifier rules have none: for them
     * {@link #withSameNaturalKey} gives the same content under a new id, which the store must accept).
     */
    protected boolean hasNaturalKey() {
        return true;
    }

    protected abstract I unknownId();

    /** When deletions happen: whole seconds after {@link ContractData#T0}, which every store keeps exactly. */
    protected static final Instant LATER = ContractData.T0.plusSeconds(3600);

    /** The stores of the running test, for the contracts of each store to put what entries refer to. */
    protected OrderCorePorts stores;
    private CatalogRepository<T, I> repository;

    @BeforeEach
    void freshStores() {
        stores = ports();
        repository = repository(stores);
    }

    @Test
    void a_stored_entry_is_found_by_id_exactly_as_stored() {
        T entry = newEntry(TENANT, "A1");

        repository.insert(entry);

        assertThat(repository.find(TENANT, idOf(entry))).contains(entry);
    }

    @Test
    void an_unknown_id_is_not_found() {
        repository.insert(newEntry(TENANT, "A1"));

        assertThat(repository.find(TENANT, unknownId())).isEmpty();
        assertThat(repository.findAll(TENANT, List.of(unknownId()))).isEmpty();
    }

    @Test
    void R35_another_tenants_entry_behaves_exactly_like_an_unknown_id() {
        T theirs = newEntry(OTHER_TENANT, "A1");
        repository.insert(theirs);

        assertThat(repository.find(TENANT, idOf(theirs))).isEmpty();
        assertThat(repository.findAll(TENANT, List.of(idOf(theirs)))).isEmpty();
        assertThat(repository.list(TENANT, Optional.empty(), 10)).isEmpty();
        assertThat(repository.find(OTHER_TENANT, idOf(theirs))).contains(theirs);
    }

    @Test
    void a_taken_natural_key_is_refused_and_the_first_entry_stays() {
        T first = newEntry(TENANT, "A1");
        repository.insert(first);
        T second = withSameNaturalKey(first);
        if (!hasNaturalKey()) {
            repository.insert(second); // the same content under another id is another entry
            assertThat(repository.list(TENANT, Optional.empty(), 10)).containsExactlyInAnyOrder(first, second);
            return;
        }

        assertThatThrownBy(() -> repository.insert(second))
                .isInstanceOfSatisfying(DuplicateKeyException.class, e -> assertThat(e.entity()).isEqualTo(entityType()));
        assertThat(repository.find(TENANT, idOf(second))).isEmpty();
        assertThat(repository.list(TENANT, Optional.empty(), 10)).containsExactly(first);
    }

    @Test
    void a_taken_id_is_refused_and_the_first_entry_stays() {
        T first = newEntry(TENANT, "A1");
        repository.insert(first);

        assertThatThrownBy(() -> repository.insert(withSameId(first, "B2"))).isInstanceOf(DuplicateKeyException.class);
        assertThat(repository.find(TENANT, idOf(first))).contains(first);
        assertThat(repository.list(TENANT, Optional.empty(), 10)).containsExactly(first);
    }

    @Test
    void R35_a_natural_key_taken_in_another_tenant_is_free_in_this_one() {
        repository.insert(newEntry(OTHER_TENANT, "A1"));
        T ours = newEntry(TENANT, "A1");

        repository.insert(ours);

        assertThat(repository.list(TENANT, Optional.empty(), 10)).containsExactly(ours);
    }

    @Test
    void find_all_answers_the_entries_among_the_ids_once_each() {
        T a = newEntry(TENANT, "A1");
        T b = newEntry(TENANT, "B2");
        T notAsked = newEntry(TENANT, "C3");
        T theirs = newEntry(OTHER_TENANT, "D4");
        List.of(a, b, notAsked, theirs).forEach(repository::insert);

        assertThat(repository.findAll(TENANT, List.of(idOf(b), unknownId(), idOf(a), idOf(theirs), idOf(b))))
                .containsExactlyInAnyOrder(a, b);
        assertThat(repository.findAll(TENANT, List.of())).isEmpty();
    }

    @Test
    void entries_are_listed_in_id_order_whatever_order_they_were_stored_in() {
        List<T> created = create(6);
        List<T> shuffled = new ArrayList<>(created);
        Collections.shuffle(shuffled, new Random(13));
        shuffled.forEach(repository::insert);

        assertThat(repository.list(TENANT, Optional.empty(), 100)).containsExactlyElementsOf(created);
    }

    @Test
    void paging_with_after_returns_every_entry_exactly_once_in_id_order() {
        List<T> created = create(8);
        created.forEach(repository::insert);
        repository.insert(newEntry(OTHER_TENANT, "X0"));

        List<T> paged = new ArrayList<>();
        Optional<I> after = Optional.empty();
        for (int pages = 0; pages < 20; pages++) {
            List<T> page = repository.list(TENANT, after, 3);
            assertThat(page).hasSizeLessThanOrEqualTo(3);
            paged.addAll(page);
            if (page.size() < 3) {
                break;
            }
            after = Optional.of(idOf(page.get(page.size() - 1)));
        }

        assertThat(paged).containsExactlyElementsOf(created);
    }

    @Test
    void the_limit_caps_a_page_and_a_page_after_the_last_entry_is_empty() {
        List<T> created = create(4);
        created.forEach(repository::insert);

        assertThat(repository.list(TENANT, Optional.empty(), 3)).containsExactlyElementsOf(created.subList(0, 3));
        assertThat(repository.list(TENANT, Optional.of(idOf(created.get(3))), 3)).isEmpty();
    }

    // soft deletion

    @Test
    void a_deleted_entry_stays_readable_by_id_with_the_time_it_was_deleted() {
        T entry = newEntry(TENANT, "A1");
        repository.insert(entry);

        Optional<T> marked = repository.markDeleted(TENANT, idOf(entry), LATER);

        assertThat(marked).isPresent();
        assertThat(deletedAtOf(marked.get())).contains(LATER);
        assertThat(repository.find(TENANT, idOf(entry))).isEqualTo(marked);
        assertThat(repository.findAll(TENANT, List.of(idOf(entry)))).containsExactly(marked.get());
        assertThat(deletedAtOf(entry)).as("the entry as first stored").isEmpty();
    }

    @Test
    void deleting_a_deleted_entry_keeps_the_time_it_was_first_deleted() {
        T entry = newEntry(TENANT, "A1");
        repository.insert(entry);
        repository.markDeleted(TENANT, idOf(entry), LATER);

        Optional<T> again = repository.markDeleted(TENANT, idOf(entry), LATER.plusSeconds(60));

        assertThat(again.map(this::deletedAtOf)).contains(Optional.of(LATER));
        assertThat(repository.find(TENANT, idOf(entry)).map(this::deletedAtOf)).contains(Optional.of(LATER));
    }

    @Test
    void R35_deleting_an_unknown_id_or_another_tenants_entry_finds_nothing_and_changes_nothing() {
        T theirs = newEntry(OTHER_TENANT, "A1");
        repository.insert(theirs);

        assertThat(repository.markDeleted(TENANT, idOf(theirs), LATER)).isEmpty();
        assertThat(repository.markDeleted(TENANT, unknownId(), LATER)).isEmpty();
        assertThat(repository.find(OTHER_TENANT, idOf(theirs))).contains(theirs);
    }

    @Test
    void a_deleted_entry_keeps_its_natural_key() {
        T first = newEntry(TENANT, "A1");
        repository.insert(first);
        repository.markDeleted(TENANT, idOf(first), LATER);
        if (!hasNaturalKey()) {
            T again = withSameNaturalKey(first);
            repository.insert(again); // nothing was taken: the same content under another id is a live entry
            assertThat(repository.list(TENANT, Optional.empty(), 10, false)).containsExactly(again);
            return;
        }

        assertThatThrownBy(() -> repository.insert(withSameNaturalKey(first)))
                .isInstanceOfSatisfying(DuplicateKeyException.class, e -> assertThat(e.entity()).isEqualTo(entityType()));
    }

    @Test
    void lists_leave_deleted_entries_out_unless_asked_and_page_past_them() {
        List<T> created = create(6);
        created.forEach(repository::insert);
        for (int i : new int[] {1, 2, 5}) {
            repository.markDeleted(TENANT, idOf(created.get(i)), LATER);
        }
        List<I> live = List.of(idOf(created.get(0)), idOf(created.get(3)), idOf(created.get(4)));

        assertThat(repository.list(TENANT, Optional.empty(), 100, false)).extracting(this::idOf).containsExactlyElementsOf(live);
        assertThat(repository.list(TENANT, Optional.empty(), 2, false)).extracting(this::idOf).containsExactlyElementsOf(live.subList(0, 2));
        assertThat(repository.list(TENANT, Optional.of(idOf(created.get(1))), 100, false)).as("after a deleted entry")
                .extracting(this::idOf).containsExactlyElementsOf(live.subList(1, 3));
        assertThat(repository.list(TENANT, Optional.of(idOf(created.get(4))), 100, false)).isEmpty();
        assertThat(repository.list(TENANT, Optional.empty(), 100, true)).extracting(this::idOf)
                .containsExactlyElementsOf(created.stream().map(this::idOf).toList());
        assertThat(repository.list(TENANT, Optional.empty(), 100)).as("the port's plain list holds every entry").hasSize(6);
    }

    private List<T> create(int count) {
        List<T> created = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            created.add(newEntry(TENANT, "E" + i));
        }
        return created;
    }
}
