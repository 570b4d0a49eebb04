package io.github.orderly.order;

/**
 * Who packs and ships an order.
 *
 * <p>Immutable and thread-safe.
 */
public enum FulfilmentChannel {
  /** The seller ships the order (merchant-fulfilled). */
  SELLER,
  /** The marketplace ships the order from its own stock (R18). */
  MARKETPLACE
}
