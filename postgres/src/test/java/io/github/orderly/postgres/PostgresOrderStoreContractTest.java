package io.github.orderly.postgres;

import io.github.orderly.policy.Sweep;
import io.github.orderly.store.OrderStore;
import io.github.orderly.testkit.store.OrderStoreContract;
import org.junit.jupiter.api.DisplayName;

/**
 * The testkit's store contract against {@link PostgresOrderStore} on the embedded PostgreSQL (R26, R43, R45,
 * R47): round trip, compare-and-set, redelivery, concurrent writers, the orders page, exports and due orders,
 * and tenant isolation, every check compared with Orderly's in-memory answers. It is the proof that a host
 * can extend the contract with its own store. The randomized checks run a quarter of the contract's default
 * tries (a store over a real database is slower than memory); {@code -Dorderly.tries} scales them.
 */
@DisplayName("OrderStoreContract: PostgresOrderStore keeps every guarantee of core's OrderStore port")
class PostgresOrderStoreContractTest extends OrderStoreContract {
  @Override
  protected OrderStore newStore(Sweep sweep) {
    return PostgresOrderStore.of(TestDatabase.dataSource(), sweep);
  }

  @Override
  protected Sweep sweep() {
    return TestDatabase.SWEEP;
  }

  @Override
  protected int tries(int atDefault) {
    return Math.max(2, super.tries(atDefault) / 4);
  }
}
