package dev.ordercore.benchmarks.reliability;

/** The order intent every reliability client submits: 5 lines, a unique id, else always the same. */
final class Intents {

    static final String SOURCE = "channel.reliability";

    private Intents() {
    }

    static String body(String intentId) {
        StringBuilder lines = new StringBuilder();
        for (int i = 1; i <= 5; i++) {
            if (i > 1) {
                lines.append(',');
            }
            lines.append("{\"description\":\"Item ").append(i).append("\",\"quantity\":").append(i)
                    .append(",\"unitPrice\":\"").append(10 * i).append(".50\",\"on\":\"2026-02-01\"}");
        }
        return "{\"intentId\":\"" + intentId + "\",\"sourceSystem\":\"" + SOURCE + "\",\"contractVersion\":1,"
                + "\"externalOrderId\":\"" + intentId + "\",\"customerRef\":\"0190f7a4-5c1e-7c3a-9f00-000000000001\","
                + "\"currency\":\"SEK\",\"lineItems\":[" + lines + "],\"submittedAt\":\"2026-01-14T10:00:00Z\"}";
    }

    /** The {@code orderId} of an intent reply, without a JSON library (the reply is the API's own, compact JSON). */
    static String orderId(String reply) {
        int at = reply.indexOf("\"orderId\":\"");
        if (at < 0) {
            return "";
        }
        int from = at + "\"orderId\":\"".length();
        return reply.substring(from, reply.indexOf('"', from));
    }
}
