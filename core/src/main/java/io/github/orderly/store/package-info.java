/**
 * The persistence port: {@link io.github.orderly.store.OrderStore}, the small interface a host's store
 * implements (or takes from {@code orderly-postgres}), and what it guarantees: orders and their events scoped
 * by tenant, compare-and-set on the order's version, redelivered commands recognised, the orders page and the
 * sweep's due orders answered as the in-memory {@code OrderQuery} and {@code Sweep} answer them. The testkit's
 * {@code OrderStoreContract} checks an implementation against these guarantees.
 *
 * <p>Core stays pure: nothing in this package does I/O; it declares what a store must do.
 */
package io.github.orderly.store;
