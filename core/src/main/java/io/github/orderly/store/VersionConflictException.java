package io.github.orderly.store;

import io.github.orderly.order.OrderId;
import io.github.orderly.order.TenantId;
import java.util.OptionalLong;

/**
 * A save found another version of the order than the one it was decided on: a second writer saved first.
 * Nothing was written. Load the order again and decide again ({@link OrderStore#apply} does, a bounded
 * number of times).
 *
 * <p>Immutable and thread-safe: its message and fields never change.
 */
public final class VersionConflictException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient TenantId tenant;
  private final transient OrderId orderId;
  /** The version the caller expected the stored order to have. */
  private final long expected;
  /** The version the stored order has. */
  private final long actual;

  /**
   * Creates the exception.
   *
   * @param tenant the tenant
   * @param orderId the order
   * @param expected the version the save expected
   * @param actual the version stored, or -1 if the order is not stored at all
   */
  public VersionConflictException(TenantId tenant, OrderId orderId, long expected, long actual) {
    super("Order " + orderId + " of tenant " + tenant + ": expected version " + expected + " but "
        + (actual < 0 ? "the order is not stored" : "version " + actual + " is stored") + "; nothing was saved");
    this.tenant = tenant;
    this.orderId = orderId;
    this.expected = expected;
    this.actual = actual;
  }

  /** Returns the tenant. */
  public TenantId tenant() {
    return tenant;
  }

  /** Returns the order. */
  public OrderId orderId() {
    return orderId;
  }

  /** Returns the version the save expected. */
  public long expected() {
    return expected;
  }

  /** Returns the version stored, or empty if the order is not stored. */
  public OptionalLong actual() {
    return actual < 0 ? OptionalLong.empty() : OptionalLong.of(actual);
  }
}
