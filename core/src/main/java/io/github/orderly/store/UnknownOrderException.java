package io.github.orderly.store;

import io.github.orderly.order.OrderId;
import io.github.orderly.order.TenantId;

/**
 * A command was sent to an order the store does not hold for the tenant. Nothing was written.
 *
 * <p>Immutable and thread-safe: its message and fields never change.
 */
public final class UnknownOrderException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient TenantId tenant;
  private final transient OrderId orderId;

  /**
   * Creates the exception.
   *
   * @param tenant the tenant
   * @param orderId the order it does not hold
   */
  public UnknownOrderException(TenantId tenant, OrderId orderId) {
    super("Tenant " + tenant + " has no order " + orderId);
    this.tenant = tenant;
    this.orderId = orderId;
  }

  /** Returns the tenant. */
  public TenantId tenant() {
    return tenant;
  }

  /** Returns the order. */
  public OrderId orderId() {
    return orderId;
  }
}
