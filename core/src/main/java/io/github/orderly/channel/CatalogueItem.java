package io.github.orderly.channel;

import com.fasterxml.jackson.annotation.JsonProperty;
/**
 * What import needs to know of one catalogue item (R28): whether it is enabled and how many units are
 * on hand.
 *
 * <p>Immutable and thread-safe.
 *
 * @param enabled whether the item may be sold
 * @param onHand units in stock, not negative
 */
public record CatalogueItem(
    @JsonProperty("enabled") boolean enabled, @JsonProperty("onHand") int onHand) {
  /**
   * Checks the values.
   *
   * @throws io.github.orderly.InvalidArgumentException if {@code onHand} is negative
   */
  public CatalogueItem {
    if (onHand < 0) {
      throw new io.github.orderly.InvalidArgumentException("onHand", onHand, "must not be negative");
    }
  }
}
