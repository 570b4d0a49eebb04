/** Orderly examples: the runnable demo and the README's examples, on Orderly's public API only. */
module io.github.orderly.examples {
  requires io.github.orderly.core;
  requires io.github.orderly.csv;
  requires io.github.orderly.amazon;
  requires io.github.orderly.testkit;
  requires io.github.orderly.postgres;
  requires org.postgresql.jdbc;
  requires embedded.postgres;
  requires java.logging;
  requires java.naming;

  exports io.github.orderly.examples;
}
