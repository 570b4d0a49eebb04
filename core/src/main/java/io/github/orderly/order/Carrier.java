package io.github.orderly.order;

import com.fasterxml.jackson.annotation.JsonCreator;

/**
 * The carrier that moves a shipment, such as {@code UPS} or {@code Yamato}.
 *
 * <p>Immutable and thread-safe.
 */
public final class Carrier extends StringValue<Carrier> {
  private Carrier(String value) {
    super("carrier", value);
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
  public static Carrier of(String value) {
    return new Carrier(value);
  }
}
