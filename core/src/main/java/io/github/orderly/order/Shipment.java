package io.github.orderly.order;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.orderly.Limits;
import io.github.orderly.internal.OrderlyStyle;
import io.github.orderly.money.Money;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import io.github.orderly.internal.Nullable;
import org.immutables.value.Value;

/**
 * A confirmed shipment: which units of which lines left, with which carrier and tracking id, when.
 *
 * <p>A shipment the seller confirms names its tracking id and carrier. A shipment the marketplace made or
 * reported ({@link #reportedByMarketplace()}), such as the units of a marketplace-fulfilled order, may lack
 * both: the marketplace's order data gives shipped quantities without them.
 *
 * <p>Confirming a shipment is what charges the buyer (R7). The actual shipping cost, when known, is
 * what an undeliverable return deducts from the refund (R14).
 *
 * <p>Checked at build time: one to {@value Limits#MAX_LINES_PER_SHIPMENT} lines; the ship instant in the
 * range of {@link Limits}; a cost, if known, not negative; a tracking id and a carrier unless the marketplace
 * made or reported the shipment. Immutable and thread-safe.
 */
@Value.Immutable
@OrderlyStyle
@JsonSerialize(as = ImmutableShipment.class)
@JsonDeserialize(as = ImmutableShipment.class)
public abstract class Shipment {
  Shipment() {}

  /** Returns the carrier's tracking id; always present unless the marketplace made or reported the shipment. */
  public abstract Optional<TrackingId> trackingId();

  /** Returns the carrier; always present unless the marketplace made or reported the shipment. */
  public abstract Optional<Carrier> carrier();

  /**
   * Returns whether the marketplace made or reported this shipment rather than the seller confirming it. False
   * by default; omitted from JSON when false.
   */
  @Value.Default
  @JsonInclude(JsonInclude.Include.NON_DEFAULT)
  public boolean reportedByMarketplace() {
    return false;
  }

  /** The tracking id or null, kept when built so that the order's checks read no {@code Optional}. */
  @Value.Derived
  @Value.Auxiliary
  @JsonIgnore
  @Nullable
  TrackingId trackingOrNull() {
    return trackingId().orElse(null);
  }

  /** Returns when the shipment left. */
  public abstract Instant shippedAt();

  /** Returns the units shipped, at least one line. */
  public abstract List<ShipmentLine> lines();

  /** Returns what the seller actually paid to ship, if known (R14). */
  public abstract Optional<Money> actualShippingCost();

  /**
   * Returns how many units of a line this shipment carries.
   *
   * @param line the line
   * @return the units, 0 if the shipment does not carry the line
   */
  public int quantityOf(LineId line) {
    List<ShipmentLine> lines = lines();
    for (int i = 0, n = lines.size(); i < n; i++) {
      ShipmentLine sl = lines.get(i);
      if (sl.lineId().equals(line)) {
        return sl.quantity();
      }
    }
    return 0;
  }

  /**
   * Returns whether this shipment carries units of a line.
   *
   * @param line the line
   * @return true if it does
   */
  public boolean carries(LineId line) {
    return quantityOf(line) > 0;
  }

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    List<ShipmentLine> lines = lines();
    if (lines.isEmpty()) {
      throw new InvalidOrderException("shipment[" + name() + "].lines", lines, "must not be empty");
    }
    if (lines.size() > Limits.MAX_LINES_PER_SHIPMENT) {
      Checks.count("shipment[" + name() + "].lines", lines, lines.size(), Limits.MAX_LINES_PER_SHIPMENT);
    }
    if (!Limits.isInRange(shippedAt())) {
      Checks.instant("shipment[" + name() + "].shippedAt", shippedAt());
    }
    if ((trackingId().isEmpty() || carrier().isEmpty()) && !reportedByMarketplace()) {
      throw new InvalidOrderException("shipment[" + name() + "]." + (trackingId().isEmpty() ? "trackingId" : "carrier"),
          null, "a shipment the seller confirms names its tracking id and carrier");
    }
    Optional<Money> cost = actualShippingCost();
    if (cost.isPresent() && cost.get().isNegative()) {
      throw new InvalidOrderException("shipment[" + name() + "].actualShippingCost", cost.get(),
          "must not be negative");
    }
  }

  /** The shipment's name in messages: its tracking id, or its ship instant when it has none. */
  private String name() {
    return trackingId().isPresent() ? trackingId().get().value() : String.valueOf(shippedAt());
  }

  /**
   * Builds a {@link Shipment}.
   *
   * <p>Not thread-safe: a builder is mutable, for one thread; what it builds is immutable and thread-safe.
   */
  public static final class Builder extends ImmutableShipment.Builder {
    Builder() {}
  }
}
