/**
 * The orders page as a value: {@link io.github.orderly.query.OrderQuery} holds a search, filters,
 * attention views, a sort and a page (R26, R47), and evaluates over any collection of orders into a
 * {@link io.github.orderly.query.Page}.
 *
 * <p>Inside one filter category several values are OR-ed, categories are AND-ed, and an empty
 * category matches every order (R26). The item-status and payment-status categories are satisfied by
 * one and the same line (see {@link io.github.orderly.query.OrderQuery#matchesLine}). Evaluation never
 * removes or changes an order (R31).
 *
 * <p>Every method of this package rejects {@code null} arguments with a {@link NullPointerException}. A
 * query that makes no sense (a reversed date range, a page size out of bounds, a malformed cursor) is
 * refused when it is built with an {@link io.github.orderly.query.InvalidQueryException} naming the
 * field and the value.
 */
@OrderlyStyle
package io.github.orderly.query;

import io.github.orderly.internal.OrderlyStyle;

