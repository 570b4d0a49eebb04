package io.github.orderly.access;

/**
 * Something a role may be allowed to do with orders (R44).
 *
 * <p>Immutable and thread-safe.
 */
public enum Permission {
  /** See orders and their details on the orders page. */
  VIEW_ORDERS,
  /** Move orders through fulfilment: prepare, confirm shipment, record carrier progress. */
  FULFIL_ORDERS,
  /** Cancel orders and answer buyers' cancellation requests. */
  CANCEL_ORDERS,
  /** Issue refunds and record their outcome. */
  REFUND_ORDERS,
  /** Authorise, receive and close returns. */
  MANAGE_RETURNS,
  /** Download order data as CSV; the merchant console gives this to Owner and Admin only (R44). */
  DOWNLOAD_ORDER_DATA
}
