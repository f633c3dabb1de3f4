package dev.ordercore.domain.cases;

/** Whether a case's process is still running. */
public enum CaseStatus { OPEN, CLOSED }
