/**
 * Orderly CSV export: streaming RFC 4180 and tab-delimited reports of orders (R27, R44, R48, R49).
 *
 * <p>One package, {@code io.github.orderly.csv}, exported; the writer's buffer, the column
 * implementations and the buyer-data table are package-private classes in it, out of callers' reach.
 */
module io.github.orderly.csv {
  requires transitive io.github.orderly.core;

  exports io.github.orderly.csv;
}
