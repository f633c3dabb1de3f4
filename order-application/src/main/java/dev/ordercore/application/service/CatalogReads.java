package dev.ordercore.application.service;

import dev.ordercore.application.port.in.GetCatalogEntryQuery;
import dev.ordercore.application.port.in.ListCatalogQuery;
import dev.ordercore.application.port.out.CatalogRepository;
import dev.ordercore.application.port.out.Page;
import dev.ordercore.domain.access.Permission;
import dev.ordercore.domain.shared.EntityType;
import dev.ordercore.domain.shared.OrderError;
import dev.ordercore.domain.shared.Result;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * Reading one catalog store: by id (deleted entries too), and a page at a time in id (creation)
 * order, deleted entries only when the query asks for them.
 */
final class CatalogReads<T, I> {

    private final CatalogRepository<T, I> store;
    private final EntityType type;
    private final Function<UUID, I> toId;
    private final Function<T, UUID> idOf;

    CatalogReads(CatalogRepository<T, I> store, EntityType type, Function<UUID, I> toId, Function<T, UUID> idOf) {
        this.store = store;
        this.type = type;
        this.toId = toId;
        this.idOf = idOf;
    }

    Result<T, OrderError> get(GetCatalogEntryQuery<I> q) {
        return q.principal().may(q.tenant(), Permission.READ).flatMap(p -> store.find(q.tenant(), q.id())
                .<Result<T, OrderError>>map(Result::ok)
                .orElse(Result.err(new OrderError.NotFound(type, q.id().toString()))));
    }

    Result<Page<T>, OrderError> list(ListCatalogQuery q) {
        return q.principal().may(q.tenant(), Permission.READ).flatMap(p -> {
            Optional<OrderError> badLimit = Paging.checkLimit(q.limit());
            if (badLimit.isPresent()) {
                return Result.err(badLimit.get());
            }
            return Paging.decodeId(q.cursor(), toId).map(after -> {
                List<T> found = store.list(q.tenant(), after, q.limit() + 1, q.includeDeleted());
                boolean more = found.size() > q.limit();
                List<T> page = more ? found.subList(0, q.limit()) : found;
                return Page.of(page, more ? Optional.of(Paging.encodeId(idOf.apply(page.get(page.size() - 1)))) : Optional.empty());
            });
        });
    }
}
