/**
 * Orderly CSV export: streaming RFC 4180 reports of orders (R27, R44, R48, R49).
 *
 * <p>Only {@code io.github.orderly.csv} is exported; the column implementations and the buyer-data
 * table live in a package of their own that callers cannot reach.
 */
module io.github.orderly.csv {
  requires transitive io.github.orderly.core;

  exports io.github.orderly.csv;
}
