package dev.ordercore.adapter.http;

/** Who to talk to about an order: a person, a phone, an email; at least one of them. */
record ContactBody(String person, String phone, String email) {
}
