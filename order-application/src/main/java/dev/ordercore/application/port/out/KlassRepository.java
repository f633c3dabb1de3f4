package dev.ordercore.application.port.out;

import dev.ordercore.domain.catalog.Klass;
import dev.ordercore.domain.catalog.KlassId;

/** Klasses of the catalog, unique per tenant by name within their category. */
public interface KlassRepository extends CatalogRepository<Klass, KlassId> {
}
