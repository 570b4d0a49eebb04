package io.github.orderly.testkit;

import io.github.orderly.policy.Sweep;
import io.github.orderly.store.OrderStore;
import io.github.orderly.testkit.store.InMemoryOrderStore;
import io.github.orderly.testkit.store.OrderStoreContract;

/**
 * The reference store passes the store contract. This class lives outside the contract's package, as a host's
 * test does, so it also proves that a subclass in another package runs every test the contract declares.
 */
class InMemoryOrderStoreTest extends OrderStoreContract {
  @Override
  protected OrderStore newStore(Sweep sweep) {
    return InMemoryOrderStore.of(sweep);
  }
}
