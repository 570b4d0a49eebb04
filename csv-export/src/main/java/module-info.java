/** Orderly CSV export: streaming RFC 4180 reports of orders. */
module io.github.orderly.csv {
  requires transitive io.github.orderly.core;
}
