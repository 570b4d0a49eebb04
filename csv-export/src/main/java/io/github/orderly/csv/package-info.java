/**
 * CSV export of orders: a streaming RFC 4180 writer ({@link io.github.orderly.csv.CsvWriter}), a typed
 * column model ({@link io.github.orderly.csv.CsvColumn}, {@link io.github.orderly.csv.OrderColumns}),
 * the standard reports ({@link io.github.orderly.csv.CsvLayouts}) and the export that applies
 * filters, buyer-data rules and permissions ({@link io.github.orderly.csv.OrderExport}).
 *
 * <p>Arguments are never {@code null} unless a method says otherwise; a {@code null} is rejected with a
 * {@link java.lang.NullPointerException} naming the argument.
 */
package io.github.orderly.csv;
