/**
 * CSV export of orders: a streaming writer ({@link io.github.orderly.csv.CsvWriter}) with quoting and
 * formula protection as strategies ({@link io.github.orderly.csv.QuoteStrategies},
 * {@link io.github.orderly.csv.FormulaGuards}), a typed column model
 * ({@link io.github.orderly.csv.CsvColumn}, {@link io.github.orderly.csv.OrderColumns}), the standard
 * reports ({@link io.github.orderly.csv.CsvLayouts}) and the export that applies one
 * {@link io.github.orderly.query.OrderQuery}, the buyer-data rules and permissions
 * ({@link io.github.orderly.csv.OrderExport}).
 *
 * <p>Arguments are never {@code null} unless a method says otherwise; a {@code null} is rejected with a
 * {@link java.lang.NullPointerException} naming the argument. Invalid settings are refused with
 * {@link io.github.orderly.csv.InvalidCsvException}.
 */
package io.github.orderly.csv;
