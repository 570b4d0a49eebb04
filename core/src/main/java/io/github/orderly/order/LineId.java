package io.github.orderly.order;

import com.fasterxml.jackson.annotation.JsonCreator;

/**
 * The marketplace's order-item id of one order line.
 *
 * <p>Immutable and thread-safe.
 */
public final class LineId extends StringValue<LineId> {
  private LineId(String value) {
    super("lineId", value);
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
  public static LineId of(String value) {
    return new LineId(value);
  }
}
