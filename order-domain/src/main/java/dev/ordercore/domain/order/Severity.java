package dev.ordercore.domain.order;

/**
 * How much a status entry matters (seed 004). An open BLOCKING entry holds back every forward
 * transition of its order (R15) until another entry closes it.
 */
public enum Severity { INFO, WARNING, BLOCKING }
