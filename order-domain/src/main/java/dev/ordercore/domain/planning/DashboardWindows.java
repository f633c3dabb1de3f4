package dev.ordercore.domain.planning;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

/**
 * The periods the dashboard sums over, as calendar days of the tenant's zone: today, the last 7
 * days (today and the 6 before) and the last 30 days (today and the 29 before). Each runs from the
 * start of its first day to the start of tomorrow; an order counts in a period when it was
 * created within it.
 */
public record DashboardWindows(LocalDate today, Instant todayStart, Instant last7DaysStart, Instant last30DaysStart, Instant end) {

    public DashboardWindows {
        Objects.requireNonNull(today, "today");
        Objects.requireNonNull(todayStart, "todayStart");
        Objects.requireNonNull(last7DaysStart, "last7DaysStart");
        Objects.requireNonNull(last30DaysStart, "last30DaysStart");
        Objects.requireNonNull(end, "end");
        if (last30DaysStart.isAfter(last7DaysStart) || last7DaysStart.isAfter(todayStart) || !todayStart.isBefore(end)) {
            throw new IllegalArgumentException("dashboard windows nest: 30 days ⊇ 7 days ⊇ today");
        }
    }

    public static DashboardWindows of(ZoneId zone, Instant now) {
        LocalDate today = now.atZone(zone).toLocalDate();
        return new DashboardWindows(today, today.atStartOfDay(zone).toInstant(), today.minusDays(6).atStartOfDay(zone).toInstant(),
                today.minusDays(29).atStartOfDay(zone).toInstant(), today.plusDays(1).atStartOfDay(zone).toInstant());
    }

    public boolean inToday(Instant createdAt) {
        return within(createdAt, todayStart);
    }

    public boolean inLast7Days(Instant createdAt) {
        return within(createdAt, last7DaysStart);
    }

    public boolean inLast30Days(Instant createdAt) {
        return within(createdAt, last30DaysStart);
    }

    private boolean within(Instant createdAt, Instant start) {
        return !createdAt.isBefore(start) && createdAt.isBefore(end);
    }
}
