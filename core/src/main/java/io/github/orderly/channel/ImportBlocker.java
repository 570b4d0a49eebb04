package io.github.orderly.channel;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.orderly.Rule;
import io.github.orderly.order.LineId;
import io.github.orderly.order.Sku;
import java.util.Objects;

/**
 * Why one line stops an order from being created in the host's workflow (R28).
 *
 * <p>Immutable and thread-safe.
 *
 * @param lineId the line
 * @param sku the line's SKU
 * @param reason what is wrong with the item
 */
public record ImportBlocker(
    @JsonProperty("lineId") LineId lineId, @JsonProperty("sku") Sku sku, @JsonProperty("reason") Reason reason) {
  /**
   * The three causes the seed names.
   *
   * <p>Immutable and thread-safe.
   */
  public enum Reason {
    /** The catalogue has no item with this SKU. */
    NOT_IN_CATALOGUE,
    /** The item exists but is disabled. */
    DISABLED,
    /** Fewer units on hand than the line orders. */
    OUT_OF_STOCK
  }

  /** Checks the values. */
  public ImportBlocker {
    Objects.requireNonNull(lineId, "lineId");
    Objects.requireNonNull(sku, "sku");
    Objects.requireNonNull(reason, "reason");
  }

  /** Returns a sentence a seller can act on. */
  public String message() {
    return switch (reason) {
      case NOT_IN_CATALOGUE -> "Line " + lineId + ": SKU " + sku + " is not in the catalogue " + Rule.R28.cite() + ". Add it; the order is retried on the next sync.";
      case DISABLED -> "Line " + lineId + ": SKU " + sku + " is disabled " + Rule.R28.cite() + ". Enable it; the order is retried on the next sync.";
      case OUT_OF_STOCK -> "Line " + lineId + ": SKU " + sku + " is out of stock " + Rule.R28.cite() + ". Restock it; the order is retried on the next sync.";
    };
  }
}
