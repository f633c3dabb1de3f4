package dev.ordercore.application.port.out;

import dev.ordercore.domain.catalog.Asset;
import dev.ordercore.domain.catalog.AssetId;

/** Assets of the catalog, unique per product by serial number. */
public interface AssetRepository extends CatalogRepository<Asset, AssetId> {
}
