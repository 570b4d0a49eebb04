/**
 * The order model: {@link io.github.orderly.order.Order}, its lines, shipments, refunds, returns and
 * cancellation, the buyer and address, and the identifiers and codes they use. All types are immutable
 * values; build them with their {@code builder()} or {@code of(..)} factories.
 *
 * <p>Every method of this package rejects {@code null} arguments with a {@link NullPointerException}
 * naming the argument. Optional fields are {@link java.util.Optional}, never null. A value that would
 * describe an impossible order is refused with an {@link io.github.orderly.order.InvalidOrderException}
 * whose message names the field and the value.
 */
@OrderlyStyle
package io.github.orderly.order;

import io.github.orderly.internal.OrderlyStyle;
