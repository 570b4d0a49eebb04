package io.github.orderly.order;

import com.fasterxml.jackson.annotation.JsonCreator;

/**
 * The marketplace's listing id (ASIN, offer id) of a line.
 *
 * <p>Immutable and thread-safe.
 */
public final class ListingId extends StringValue<ListingId> {
  private ListingId(String value) {
    super("listingId", value);
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
  public static ListingId of(String value) {
    return new ListingId(value);
  }
}
