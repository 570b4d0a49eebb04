/**
 * The contract of Orderly's persistence port for a host's tests: {@link
 * io.github.orderly.testkit.store.OrderStoreContract}, the abstract JUnit 5 class a host extends with a factory
 * for its own {@link io.github.orderly.store.OrderStore}, and {@link
 * io.github.orderly.testkit.store.InMemoryOrderStore}, the reference store that passes it.
 */
package io.github.orderly.testkit.store;
