package io.github.orderly.order;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.orderly.Limits;
import io.github.orderly.internal.OrderlyStyle;
import java.time.Instant;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * When the marketplace told the buyer the order arrives: from the earliest to the latest delivery instant,
 * both included, or only one of them: {@link #from(Instant)} "arrives from this instant on" when the
 * marketplace gives only the earliest, {@link #by(Instant)} "arrives by this instant" when it gives only the
 * latest. Both ends are {@link #of(Instant, Instant)}.
 *
 * <p>Each end is an {@code Optional}: {@link #earliestEnd()} and {@link #latestEnd()}. {@link #earliest()} and
 * {@link #latest()} give an end that the window has, as {@code java.time} gives a field a temporal supports, and
 * throw for an end it does not have. In JSON the window is {@code {"earliest": ..., "latest": ...}}, an absent
 * end left out, so a window with both ends reads and writes as it did before one-ended windows.
 *
 * <p>Checked when built: at least one end; each end in the range of {@link Limits}; the earliest not after the
 * latest; otherwise an {@link InvalidOrderException} naming {@code deliveryWindow}, {@code deliveryWindow.earliest}
 * or {@code deliveryWindow.latest}. Immutable and thread-safe.
 */
@Value.Immutable
@OrderlyStyle
@JsonSerialize(as = ImmutableDeliveryWindow.class)
@JsonDeserialize(as = ImmutableDeliveryWindow.class)
public abstract class DeliveryWindow {
  DeliveryWindow() {}

  /** Returns the earliest delivery instant promised, if the marketplace gave one. */
  @Value.Parameter
  @JsonProperty("earliest")
  public abstract Optional<Instant> earliestEnd();

  /** Returns the latest delivery instant promised, if the marketplace gave one; not before the earliest. */
  @Value.Parameter
  @JsonProperty("latest")
  public abstract Optional<Instant> latestEnd();

  /**
   * Returns the earliest delivery instant promised.
   *
   * @return the earliest end
   * @throws NoSuchElementException if the window has no earliest end (it was built {@link #by(Instant)});
   *     {@link #earliestEnd()} says whether it has one
   */
  public Instant earliest() {
    return earliestEnd().orElseThrow(() -> new NoSuchElementException("deliveryWindow.earliest: the window "
        + this + " has no earliest end; read earliestEnd()"));
  }

  /**
   * Returns the latest delivery instant promised; not before {@link #earliestEnd()}.
   *
   * @return the latest end
   * @throws NoSuchElementException if the window has no latest end (it was built {@link #from(Instant)});
   *     {@link #latestEnd()} says whether it has one
   */
  public Instant latest() {
    return latestEnd().orElseThrow(() -> new NoSuchElementException("deliveryWindow.latest: the window "
        + this + " has no latest end; read latestEnd()"));
  }

  /** Returns whether the window has both ends. */
  public boolean isBounded() {
    return earliestEnd().isPresent() && latestEnd().isPresent();
  }

  /**
   * Obtains a delivery window with both ends.
   *
   * @param earliest the earliest delivery instant, not null
   * @param latest the latest delivery instant, not null and not before {@code earliest}
   * @return the window
   * @throws InvalidOrderException if an instant is out of range or the window ends before it starts
   */
  public static DeliveryWindow of(Instant earliest, Instant latest) {
    java.util.Objects.requireNonNull(earliest, "earliest");
    java.util.Objects.requireNonNull(latest, "latest");
    return ImmutableDeliveryWindow.of(Optional.of(earliest), Optional.of(latest));
  }

  /**
   * Obtains a delivery window with an earliest end only: the order arrives from this instant on.
   *
   * @param earliest the earliest delivery instant, not null
   * @return the window
   * @throws InvalidOrderException if the instant is out of range
   */
  public static DeliveryWindow from(Instant earliest) {
    java.util.Objects.requireNonNull(earliest, "earliest");
    return ImmutableDeliveryWindow.of(Optional.of(earliest), Optional.empty());
  }

  /**
   * Obtains a delivery window with a latest end only: the order arrives by this instant.
   *
   * @param latest the latest delivery instant, not null
   * @return the window
   * @throws InvalidOrderException if the instant is out of range
   */
  public static DeliveryWindow by(Instant latest) {
    java.util.Objects.requireNonNull(latest, "latest");
    return ImmutableDeliveryWindow.of(Optional.empty(), Optional.of(latest));
  }

  /**
   * Obtains the window of the ends given, if any is.
   *
   * @param earliest the earliest delivery instant, if given
   * @param latest the latest delivery instant, if given
   * @return the window, or empty when neither end is given
   * @throws InvalidOrderException if an instant is out of range or the window ends before it starts
   */
  public static Optional<DeliveryWindow> ofEnds(Optional<Instant> earliest, Optional<Instant> latest) {
    return earliest.isEmpty() && latest.isEmpty() ? Optional.empty()
        : Optional.of(ImmutableDeliveryWindow.of(earliest, latest));
  }

  @Value.Check
  void check() {
    if (earliestEnd().isEmpty() && latestEnd().isEmpty()) {
      throw new InvalidOrderException("deliveryWindow", "{}", "must have an earliest or a latest end");
    }
    earliestEnd().ifPresent(e -> Checks.instant("deliveryWindow.earliest", e));
    latestEnd().ifPresent(l -> Checks.instant("deliveryWindow.latest", l));
    if (earliestEnd().isPresent() && latestEnd().isPresent()) {
      Limits.checkNotBefore("deliveryWindow.latest", latestEnd().get(), "deliveryWindow.earliest",
          earliestEnd().get(), Checks.REFUSE);
    }
  }
}
