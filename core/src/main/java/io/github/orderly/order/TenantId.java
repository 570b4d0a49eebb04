package io.github.orderly.order;

import com.fasterxml.jackson.annotation.JsonCreator;

/**
 * The seller account a host serves, such as {@code seller-42}: an {@link io.github.orderly.store.OrderStore}
 * scopes every order, event and query by it, and a sharded database distributes by it. Immutable and
 * thread-safe.
 */
public final class TenantId extends StringValue<TenantId> {
  private TenantId(String value) {
    super("tenantId", value);
  }

  /**
   * Obtains the value for its text.
   *
   * @param value the text: not blank, at most 200 characters, no surrounding white space
   * @return the value
   * @throws InvalidOrderException if the text is not valid, naming the field and the text
   */
  @JsonCreator
  public static TenantId of(String value) {
    return new TenantId(value);
  }
}
