package dev.ordercore.adapter.http;

/** The body of {@code PUT /stock-levels/{productId}}: the whole units available now. */
record StockLevelRequest(Long quantity) {
}
