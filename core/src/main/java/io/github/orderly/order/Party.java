package io.github.orderly.order;

/**
 * Who did something to an order: cancelled it, asked for something, or changed it.
 *
 * <p>Immutable and thread-safe.
 */
public enum Party {
  /** The seller, through the host. */
  SELLER,
  /** The buyer. */
  BUYER,
  /** The marketplace, including its automatic cancellations (R8, R9, R12, R18). */
  MARKETPLACE
}
