package io.github.orderly.store;

import io.github.orderly.Rule;
import io.github.orderly.order.CommandId;
import io.github.orderly.order.TenantId;

/**
 * A save carried an event whose command id the store already holds for the tenant: another copy of the same
 * command was saved first (R43). Nothing was written; {@link OrderStore#apply} answers it as a repeat.
 *
 * <p>Immutable and thread-safe: its message and fields never change.
 */
public final class DuplicateCommandException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient TenantId tenant;
  private final transient CommandId commandId;

  /**
   * Creates the exception.
   *
   * @param tenant the tenant
   * @param commandId the command id already stored
   */
  public DuplicateCommandException(TenantId tenant, CommandId commandId) {
    super("Tenant " + tenant + " already stored command " + commandId + " " + Rule.R43.cite()
        + "; nothing was saved");
    this.tenant = tenant;
    this.commandId = commandId;
  }

  /** Returns the tenant. */
  public TenantId tenant() {
    return tenant;
  }

  /** Returns the command id already stored. */
  public CommandId commandId() {
    return commandId;
  }
}
