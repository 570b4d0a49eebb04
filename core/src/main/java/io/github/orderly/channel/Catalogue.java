package io.github.orderly.channel;

import io.github.orderly.order.Sku;
import java.util.Optional;

/**
 * The host's product catalogue, as order import sees it (R28). The host implements it over its own
 * store; Orderly only asks.
 *
 * <p>The host implements it; Orderly holds no state of its own around it, so an implementation needs to be thread-safe only if the host shares it between threads.
 */
@FunctionalInterface
public interface Catalogue {
  /**
   * Looks up an item.
   *
   * @param sku the seller's SKU
   * @return the item, or empty when the catalogue does not have it
   */
  Optional<CatalogueItem> find(Sku sku);
}
