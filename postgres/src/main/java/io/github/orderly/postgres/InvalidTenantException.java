package io.github.orderly.postgres;

import io.github.orderly.InvalidValueException;

/**
 * Thrown when a text cannot be a {@link TenantId}. The message names the field {@code tenant}, the value
 * and the problem, for example {@code tenant = ' acme': must not start or end with white space}.
 *
 * <p>Immutable and thread-safe: its message and fields never change.
 */
public final class InvalidTenantException extends InvalidValueException {
  private static final long serialVersionUID = 1L;

  InvalidTenantException(String value, String problem) {
    super("tenant", value, problem);
  }
}
