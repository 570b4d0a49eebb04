package io.github.orderly.order;

/**
 * Where a return authorisation stands (R20).
 *
 * <p>Immutable and thread-safe.
 */
public enum ReturnState {
  /** Authorised under its RMA id; the item is on its way back or not yet sent. */
  AUTHORIZED,
  /** The seller received the item back. */
  RECEIVED,
  /** The return did not complete. */
  FAILED
}
