package dev.ordercore.application.port.in;

import dev.ordercore.domain.planning.DashboardSummary;
import dev.ordercore.domain.shared.OrderError;
import dev.ordercore.domain.shared.Result;

/** Orders by status, revenue, average order value, pending and blocked orders, top products. */
public interface GetDashboardSummaryUseCase {

    Result<DashboardSummary, OrderError> get(GetDashboardSummaryQuery query);
}
