package io.github.orderly.order;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.orderly.internal.OrderlyStyle;
import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Whether the marketplace requires the seller to confirm that the invoice went to the buyer, and when the
 * seller did (R53). An order fully shipped whose required confirmation is not given is
 * {@link io.github.orderly.status.OrderStatus#INVOICE_UNCONFIRMED}.
 *
 * <p>Checked when built: a confirmation instant in the range of {@link io.github.orderly.Limits}, and only when
 * a confirmation is required; otherwise an {@link InvalidOrderException} naming {@code invoice.confirmedAt}.
 * Immutable and thread-safe.
 */
@Value.Immutable
@OrderlyStyle
@JsonSerialize(as = ImmutableInvoiceConfirmation.class)
@JsonDeserialize(as = ImmutableInvoiceConfirmation.class)
public abstract class InvoiceConfirmation {
  InvoiceConfirmation() {}

  /** Returns whether the marketplace requires the seller to confirm the invoice (R53). */
  public abstract boolean required();

  /** Returns when the seller confirmed the invoice, if it did; only on a required confirmation. */
  public abstract Optional<Instant> confirmedAt();

  /** Returns whether a confirmation is required and not yet given (R53). */
  public boolean outstanding() {
    return required() && confirmedAt().isEmpty();
  }

  /**
   * Returns a required confirmation not yet given (R53).
   *
   * @return the value
   */
  public static InvoiceConfirmation requiredUnconfirmed() {
    return builder().required(true).build();
  }

  /**
   * Returns this confirmation, given at the instant (R53).
   *
   * @param at when the seller confirmed the invoice, not null
   * @return the confirmed value
   * @throws InvalidOrderException if the instant is out of range or no confirmation is required
   */
  public InvoiceConfirmation confirmed(Instant at) {
    java.util.Objects.requireNonNull(at, "at");
    return builder().from(this).confirmedAt(at).build();
  }

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    if (confirmedAt().isPresent()) {
      Checks.instant("invoice.confirmedAt", confirmedAt().get());
      if (!required()) {
        throw new InvalidOrderException("invoice.confirmedAt", confirmedAt().get(),
            "no invoice confirmation is required " + io.github.orderly.Rule.R53.cite());
      }
    }
  }

  /**
   * Builds an {@link InvoiceConfirmation}; {@code required} must be set.
   *
   * <p>Not thread-safe: a builder is mutable, for one thread; what it builds is immutable and thread-safe.
   */
  public static final class Builder extends ImmutableInvoiceConfirmation.Builder {
    Builder() {}
  }
}
