package io.github.orderly.order;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.orderly.Limits;
import io.github.orderly.internal.OrderlyStyle;
import java.time.Instant;
import org.immutables.value.Value;

/**
 * When the marketplace told the buyer the order arrives: from the earliest to the latest delivery instant,
 * both included.
 *
 * <p>Checked when built: both instants in the range of {@link Limits}, the earliest not after the latest;
 * otherwise an {@link InvalidOrderException} naming {@code deliveryWindow.earliest} or
 * {@code deliveryWindow.latest}. Immutable and thread-safe.
 */
@Value.Immutable
@OrderlyStyle
@JsonSerialize(as = ImmutableDeliveryWindow.class)
@JsonDeserialize(as = ImmutableDeliveryWindow.class)
public abstract class DeliveryWindow {
  DeliveryWindow() {}

  /** Returns the earliest delivery instant promised. */
  @Value.Parameter
  public abstract Instant earliest();

  /** Returns the latest delivery instant promised; not before {@link #earliest()}. */
  @Value.Parameter
  public abstract Instant latest();

  /**
   * Obtains a delivery window.
   *
   * @param earliest the earliest delivery instant, not null
   * @param latest the latest delivery instant, not null and not before {@code earliest}
   * @return the window
   * @throws InvalidOrderException if an instant is out of range or the window ends before it starts
   */
  public static DeliveryWindow of(Instant earliest, Instant latest) {
    return ImmutableDeliveryWindow.of(earliest, latest);
  }

  @Value.Check
  void check() {
    Checks.instant("deliveryWindow.earliest", earliest());
    Limits.checkNotBefore("deliveryWindow.latest", latest(), "deliveryWindow.earliest", earliest(),
        Checks.REFUSE);
  }
}
