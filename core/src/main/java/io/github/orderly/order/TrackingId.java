package io.github.orderly.order;

import com.fasterxml.jackson.annotation.JsonCreator;

/**
 * The carrier's tracking id of a shipment.
 *
 * <p>Immutable and thread-safe.
 */
public final class TrackingId extends StringValue<TrackingId> {
  private TrackingId(String value) {
    super("trackingId", value);
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
  public static TrackingId of(String value) {
    return new TrackingId(value);
  }
}
