package io.github.orderly.order;

import com.fasterxml.jackson.annotation.JsonCreator;

/**
 * The host's id of a person who acted on an order, such as {@code u-1042}: the optional second half of an
 * {@link io.github.orderly.access.Actor}, so that an order's events say who did what. Orderly never looks
 * inside it. Immutable and thread-safe.
 */
public final class UserId extends StringValue<UserId> {
  private UserId(String value) {
    super("userId", value);
  }

  /**
   * Obtains the value for its text.
   *
   * @param value the text: not blank, at most 200 characters, no surrounding white space
   * @return the value
   * @throws InvalidOrderException if the text is not valid, naming the field and the text
   */
  @JsonCreator
  public static UserId of(String value) {
    return new UserId(value);
  }
}
