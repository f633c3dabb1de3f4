package dev.ordercore.application.port.in;

import dev.ordercore.application.port.out.FoundEntry;
import dev.ordercore.application.port.out.Page;
import dev.ordercore.domain.shared.OrderError;
import dev.ordercore.domain.shared.Result;

/**
 * The alerts of a tenant's orders (R37): the order core's {@code alerts:*} entries and the credit
 * check's {@code credit:*} entries, each with whether it is still open; closing entries are not listed.
 */
public interface ListAlertsUseCase {

    Result<Page<FoundEntry>, OrderError> list(ListAlertsQuery query);
}
