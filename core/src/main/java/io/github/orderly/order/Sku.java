package io.github.orderly.order;

import com.fasterxml.jackson.annotation.JsonCreator;

/**
 * The seller's stock-keeping unit of a line.
 *
 * <p>Immutable and thread-safe.
 */
public final class Sku extends StringValue<Sku> {
  private Sku(String value) {
    super("sku", value);
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
  public static Sku of(String value) {
    return new Sku(value);
  }
}
