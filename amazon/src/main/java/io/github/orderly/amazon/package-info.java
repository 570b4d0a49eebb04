/**
 * The Amazon Selling Partner API, read and written with exact checks.
 *
 * <h2>Reading</h2>
 * {@link io.github.orderly.amazon.AmazonReader} reads the responses of the Orders API v0
 * ({@code getOrders}, {@code getOrder}, {@code getOrderItems}, {@code getOrderAddress},
 * {@code getOrderBuyerInfo}, {@code getOrderItemsBuyerInfo}) into the records of
 * {@link io.github.orderly.amazon.OrdersV0}, and those of the Orders API 2026-01-01
 * ({@code searchOrders}, {@code getOrder}) into the records of
 * {@link io.github.orderly.amazon.Orders2026}. {@link io.github.orderly.amazon.AmazonOrder} combines the
 * v0 responses of one order into one value. {@link io.github.orderly.amazon.AllOrdersReport} reads the
 * All Orders flat-file report. {@link io.github.orderly.amazon.AmazonOrders} maps the orders of both versions
 * into Orderly orders and merges later payloads of an order held (R50).
 *
 * <h2>Writing</h2>
 * {@link io.github.orderly.amazon.ShipmentConfirmation} is the {@code confirmShipment} request body;
 * {@link io.github.orderly.amazon.FeedDocuments} writes order acknowledgement and payment adjustment
 * messages as feed documents of at most 15 messages each (R25), with the marketplace's reason codes
 * ({@link io.github.orderly.amazon.CancelReason}, {@link io.github.orderly.amazon.AdjustmentReason}) and
 * price components ({@link io.github.orderly.amazon.PriceComponent}); {@link io.github.orderly.amazon.ReasonCodes}
 * is the one table between Orderly's reasons and the marketplace's codes. {@link io.github.orderly.amazon.AmazonWriteBack}
 * derives these documents from the workflow's events, and {@link io.github.orderly.amazon.AmazonReports} writes
 * the All Orders and Unshipped Orders reports from Orderly orders.
 *
 * <h2>Contracts</h2>
 * Every type of this package is immutable and thread-safe. Methods reject {@code null} arguments with a
 * {@link java.lang.NullPointerException}; optional values are {@link java.util.Optional}, lists are never
 * null. Amounts are {@link io.github.orderly.money.Money} at their currency's scale; timestamps are
 * {@link java.time.Instant}s. Input that does not have the documented shape fails with an
 * {@link io.github.orderly.amazon.AmazonPayloadException} naming the document and JSON path, or an
 * {@link io.github.orderly.amazon.AmazonReportException} naming the report line and column.
 */
package io.github.orderly.amazon;
