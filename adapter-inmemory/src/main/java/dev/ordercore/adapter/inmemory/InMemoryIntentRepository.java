package dev.ordercore.adapter.inmemory;

import dev.ordercore.application.port.out.DuplicateKeyException;
import dev.ordercore.application.port.out.IntentRepository;
import dev.ordercore.domain.intent.IntentKey;
import dev.ordercore.domain.intent.StoredIntent;
import dev.ordercore.domain.shared.EntityType;
import dev.ordercore.domain.shared.TenantId;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/** Intents unique per (tenant, source system, intent id), with an index in the order received. */
final class InMemoryIntentRepository implements IntentRepository {

    private record Key(TenantId tenant, IntentKey key) {
    }

    private record Receipt(Instant receivedAt, String sourceSystem, String intentId) {
        static final Comparator<Receipt> ORDER = Comparator.comparing(Receipt::receivedAt)
                .thenComparing(Receipt::sourceSystem)
                .thenComparing(Receipt::intentId);

        static Receipt of(StoredIntent i) {
            return new Receipt(i.receivedAt(), i.key().sourceSystem(), i.key().intentId());
        }
    }

    private final InMemoryDatabase db;
    private final Map<Key, StoredIntent> intents = new HashMap<>();
    private final Map<TenantId, NavigableMap<Receipt, StoredIntent>> received = new HashMap<>();

    InMemoryIntentRepository(InMemoryDatabase db) {
        this.db = db;
    }

    @Override
    public Optional<StoredIntent> find(TenantId tenant, IntentKey key) {
        return db.read(() -> Optional.ofNullable(intents.get(new Key(tenant, key))));
    }

    @Override
    public List<StoredIntent> findAll(TenantId tenant, Collection<IntentKey> keys) {
        return db.read(() -> keys.stream().distinct().map(k -> intents.get(new Key(tenant, k))).filter(Objects::nonNull).toList());
    }

    @Override
    public void insertAll(List<StoredIntent> all) {
        db.write(() -> {
            all.forEach(this::insert);
            return null;
        });
    }

    @Override
    public void insert(StoredIntent intent) {
        db.write(() -> {
            Key key = new Key(intent.tenant(), intent.key());
            if (intents.containsKey(key)) {
                throw new DuplicateKeyException(EntityType.INTENT, intent.key().toString());
            }
            db.put(intents, key, intent);
            NavigableMap<Receipt, StoredIntent> index = received.get(intent.tenant());
            if (index == null) {
                index = new TreeMap<>(Receipt.ORDER);
                db.put(received, intent.tenant(), index);
            }
            db.put(index, Receipt.of(intent), intent);
            return null;
        });
    }

    @Override
    public List<StoredIntent> listInReceiptOrder(TenantId tenant, Optional<StoredIntent> after, int limit) {
        return db.read(() -> {
            NavigableMap<Receipt, StoredIntent> index = received.getOrDefault(tenant, new TreeMap<>(Receipt.ORDER));
            NavigableMap<Receipt, StoredIntent> rest = after.map(a -> index.tailMap(Receipt.of(a), false)).orElse(index);
            List<StoredIntent> page = new ArrayList<>();
            for (StoredIntent i : rest.values()) {
                if (page.size() == limit) {
                    break;
                }
                page.add(i);
            }
            return page;
        });
    }
}
