package dev.ordercore.adapter.http;

import java.util.List;

/**
 * The 422 answer to a rejected intent: a problem ({@code intent.rejected}, every reason in
 * {@code errors}) that also carries the stored intent, since a rejection is stored and read back
 * like an acceptance (R23). Extension members are allowed by RFC 9457.
 */
record RejectedIntentProblem(String type, String title, int status, String detail, String code, List<Problem.FieldError> errors,
                             IntentResponse intent) {

    static final String CODE = "intent.rejected";

    static RejectedIntentProblem of(IntentResponse intent) {
        return new RejectedIntentProblem(Problem.TYPE_BASE + CODE, "The intent is rejected", 422,
                "intent " + intent.sourceSystem() + "/" + intent.intentId() + " is stored as REJECTED with "
                        + intent.reasons().size() + (intent.reasons().size() == 1 ? " reason" : " reasons")
                        + "; send a corrected intent under a new intentId",
                CODE, intent.reasons(), intent);
    }
}
