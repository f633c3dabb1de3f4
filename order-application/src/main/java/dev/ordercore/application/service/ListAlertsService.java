package dev.ordercore.application.service;

import dev.ordercore.application.OrderCorePorts;
import dev.ordercore.application.port.in.ListAlertsQuery;
import dev.ordercore.application.port.in.ListAlertsUseCase;
import dev.ordercore.application.port.out.EntryCursor;
import dev.ordercore.application.port.out.EntrySearch;
import dev.ordercore.application.port.out.FoundEntry;
import dev.ordercore.application.port.out.Page;
import dev.ordercore.domain.access.Permission;
import dev.ordercore.domain.alerts.Alerts;
import dev.ordercore.domain.order.StatusCode;
import dev.ordercore.domain.order.StatusEntry;
import dev.ordercore.domain.shared.OrderError;
import dev.ordercore.domain.shared.Result;
import dev.ordercore.domain.shared.Violations;

import java.util.List;
import java.util.Optional;

public final class ListAlertsService implements ListAlertsUseCase {

    private final OrderCorePorts ports;

    public ListAlertsService(OrderCorePorts ports) {
        this.ports = ports;
    }

    @Override
    public Result<Page<FoundEntry>, OrderError> list(ListAlertsQuery q) {
        Result<?, OrderError> allowed = q.principal().may(q.tenant(), Permission.READ);
        if (allowed.isErr()) {
            return Result.err(allowed.error());
        }
        Violations v = new Violations();
        if (q.limit() < 1 || q.limit() > Paging.MAX_LIMIT) {
            v.add("limit", "limit_out_of_range", "limit is 1-" + Paging.MAX_LIMIT + ", got " + q.limit());
        }
        Optional<StatusCode> code = q.code().filter(c -> {
            boolean alert = StatusCode.isValid(c) && Alerts.LISTED.contains(StatusCode.parse(c).namespace());
            v.check(!alert, "code", "not_an_alert_code", "'" + c + "' is not an alert code; alerts are "
                    + Alerts.LISTED.stream().sorted().map(n -> n + ":*").toList() + ", such as " + Alerts.RUSH);
            return alert;
        }).map(StatusCode::parse);
        if (q.from().isPresent() && q.to().isPresent() && !q.from().get().isBefore(q.to().get())) {
            v.add("to", "empty_range", "to must be after from; the range is [from, to)");
        }
        Result<Optional<EntryCursor>, OrderError> after = Paging.decodeEntryCursor(q.cursor());
        if (after.isErr() && after.error() instanceof OrderError.ValidationFailed badCursor) {
            v.addAll(badCursor.violations());
        }
        if (!v.isEmpty()) {
            return v.toResult(null);
        }
        List<FoundEntry> found = ports.history().search(q.tenant(), new EntrySearch(Alerts.LISTED, code, q.severity(), q.from(), q.to(),
                q.orderId(), q.open(), after.value(), q.limit() + 1));
        boolean more = found.size() > q.limit();
        List<FoundEntry> page = more ? found.subList(0, q.limit()) : found;
        Optional<String> next = Optional.empty();
        if (more) {
            StatusEntry last = page.get(page.size() - 1).entry();
            next = Optional.of(Paging.encode(new EntryCursor(last.recordedAt(), last.sequence())));
        }
        return Result.ok(Page.of(page, next));
    }
}
