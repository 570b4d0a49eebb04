/**
 * The statuses of an order: the item (fulfilment) status and the payment status that every line
 * carries (R40), and the order status derived from the lines (R41).
 *
 * <p>Every method of this package rejects {@code null} arguments with a {@link NullPointerException}.
 */
package io.github.orderly.status;
