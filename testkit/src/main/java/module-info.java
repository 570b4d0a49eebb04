/**
 * Orderly testkit, for a host's test scope: seeded generators, the property harness, stateful workflow
 * checks with transition coverage, and the {@code OrderStore} contract as an abstract JUnit 5 class.
 */
module io.github.orderly.testkit {
  requires transitive io.github.orderly.core;
  requires transitive org.junit.jupiter.api;

  exports io.github.orderly.testkit;
  exports io.github.orderly.testkit.store;
}
