package io.github.orderly.postgres;

import java.sql.SQLException;

/**
 * Thrown when the database fails a statement of the store: a lost connection, a missing schema, a
 * statement timeout. The cause is the driver's {@link SQLException}, whose SQL state says what happened.
 * Nothing the failed statement would have written is kept: each write runs in one transaction.
 *
 * <p>Immutable and thread-safe: its message and fields never change.
 */
public final class OrderStoreException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what the store was doing, such as {@code cannot load order 112-1 of tenant acme}
   * @param cause the driver's exception
   */
  public OrderStoreException(String message, SQLException cause) {
    super(message + ": " + cause.getMessage() + " (SQL state " + cause.getSQLState() + ")", cause);
  }

  /** Returns the driver's exception. */
  @Override
  public synchronized SQLException getCause() {
    return (SQLException) super.getCause();
  }
}
