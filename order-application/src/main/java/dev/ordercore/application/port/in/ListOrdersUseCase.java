package dev.ordercore.application.port.in;

import dev.ordercore.application.port.out.Page;
import dev.ordercore.domain.order.Order;
import dev.ordercore.domain.shared.OrderError;
import dev.ordercore.domain.shared.Result;

/** Lists undeleted orders newest first, filtered, a page at a time. */
public interface ListOrdersUseCase {

    Result<Page<Order>, OrderError> list(ListOrdersQuery query);
}
