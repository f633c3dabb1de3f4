package dev.ordercore.domain.catalog;

/**
 * A period of time that prices and billing cycles are quoted in: a klass's rental price per
 * DAY or per WEEK, a line billed every MONTH. Calendar units (MONTH, QUARTER, YEAR) follow the
 * calendar; DAY, WEEK and FOUR_WEEKS are fixed numbers of days.
 */
public enum Frequency { DAY, WEEK, FOUR_WEEKS, MONTH, QUARTER, YEAR }
