package dev.ordercore.adapter.http;

/**
 * The body of {@code POST /cases/{caseId}/close}, which may be left out: {@code force} closes a case
 * with open tags (admins, with a {@code reason}, R29).
 */
record CloseCaseRequest(Boolean force, String reason) {

    static final CloseCaseRequest NONE = new CloseCaseRequest(null, null);
}
