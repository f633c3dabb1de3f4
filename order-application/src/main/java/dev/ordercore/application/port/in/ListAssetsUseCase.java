package dev.ordercore.application.port.in;

import dev.ordercore.application.port.out.Page;
import dev.ordercore.domain.catalog.Asset;
import dev.ordercore.domain.shared.OrderError;
import dev.ordercore.domain.shared.Result;

/** Lists assets in creation order, a page at a time. */
public interface ListAssetsUseCase {

    Result<Page<Asset>, OrderError> list(ListCatalogQuery query);
}
