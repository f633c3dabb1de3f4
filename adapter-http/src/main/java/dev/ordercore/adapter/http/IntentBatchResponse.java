package dev.ordercore.adapter.http;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/**
 * The answer to {@code POST /intents:batch}: one result per intent, in request order. {@code status}
 * is what {@code POST /intents} would have answered for that intent alone; {@code intent} comes with
 * 200, 201 and a stored rejection (422 {@code intent.rejected}), {@code problem} with every status
 * other than 200 and 201, in the body {@code POST /intents} would have sent.
 */
record IntentBatchResponse(List<Item> results) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Item(int index, int status, IntentResponse intent, Object problem) {
    }
}
