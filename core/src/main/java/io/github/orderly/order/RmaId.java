package io.github.orderly.order;

import com.fasterxml.jackson.annotation.JsonCreator;

/**
 * The return merchandise authorisation id of a return (R20).
 *
 * <p>Immutable and thread-safe.
 */
public final class RmaId extends StringValue<RmaId> {
  private RmaId(String value) {
    super("rmaId", value);
  }

  /**
   * Obtains the value for its text.
   *
   * @param value the text: not blank, at most 200 characters, no surrounding white space, one line (see
   *     {@link StringValue})
   * @return the value
   * @throws InvalidOrderException if the text is not valid, naming the field and the text
   */
  @JsonCreator
  public static RmaId of(String value) {
    return new RmaId(value);
  }
}
