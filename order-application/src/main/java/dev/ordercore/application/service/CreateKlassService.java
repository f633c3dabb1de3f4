package dev.ordercore.application.service;

import dev.ordercore.application.OrderCorePorts;
import dev.ordercore.application.port.in.CreateKlassCommand;
import dev.ordercore.application.port.in.CreateKlassUseCase;
import dev.ordercore.domain.catalog.CatalogJson;
import dev.ordercore.domain.catalog.Category;
import dev.ordercore.domain.catalog.Klass;
import dev.ordercore.domain.catalog.KlassId;
import dev.ordercore.domain.shared.OrderError;
import dev.ordercore.domain.shared.Result;
import dev.ordercore.domain.shared.Uuids;
import dev.ordercore.domain.shared.Violation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

public final class CreateKlassService implements CreateKlassUseCase {

    private final OrderCorePorts ports;
    private final Uuids uuids;
    private final CatalogWrites writes;

    public CreateKlassService(OrderCorePorts ports, Uuids uuids) {
        this.ports = ports;
        this.uuids = uuids;
        this.writes = new CatalogWrites(ports);
    }

    @Override
    public Result<Klass, OrderError> create(CreateKlassCommand c) {
        return writes.create(c.principal(), c.tenant(), "klass", () -> category(c),
                () -> Klass.create(KlassId.next(uuids), c.tenant(), c.name(), c.categoryId(), c.pricing(), ports.clock().instant()),
                ports.klasses(), e -> e.id().toString(), CatalogJson::of);
    }

    /** The category is in the tenant and not deleted, and the prices fit its type (no frequency in a SALE category). */
    private List<Violation> category(CreateKlassCommand c) {
        Optional<Category> category = c.categoryId() == null ? Optional.empty() : ports.categories().find(c.tenant(), c.categoryId());
        List<Violation> found = new ArrayList<>(CatalogWrites.reference("categoryId", c.categoryId(), id -> category,
                Category::isDeleted, "category"));
        category.ifPresent(k -> found.addAll(Klass.pricingFits(k.type(), c.pricing())));
        return found;
    }
}
