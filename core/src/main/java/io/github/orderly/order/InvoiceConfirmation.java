package io.github.orderly.order;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.orderly.internal.OrderlyStyle;
import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Whether the marketplace requires the seller to confirm that the invoice went to the buyer, when it was
 * confirmed and by whom (R53). An order fully shipped whose required confirmation is not given is
 * {@link io.github.orderly.status.OrderStatus#INVOICE_UNCONFIRMED}. The seller confirms it with the workflow's
 * {@code ConfirmInvoice} ({@link Party#SELLER}); the marketplace's report of the order as Shipped confirms it too
 * ({@link Party#MARKETPLACE}).
 *
 * <p>Checked when built: a confirmation instant in the range of {@link io.github.orderly.Limits}, and only when
 * a confirmation is required; who confirmed only with the instant; otherwise an {@link InvalidOrderException}
 * naming {@code invoice.confirmedAt} or {@code invoice.confirmedBy}. Immutable and thread-safe.
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

  /**
   * Returns who confirmed the invoice: {@link Party#SELLER} through {@code ConfirmInvoice},
   * {@link Party#MARKETPLACE} through its Shipped report; empty when not confirmed, or when the confirmation
   * was recorded without saying who (as JSON written before this field). Omitted from JSON when empty.
   */
  public abstract Optional<Party> confirmedBy();

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
    return builder().from(this).confirmedAt(at).confirmedBy(Optional.empty()).build();
  }

  /**
   * Returns this confirmation, given at the instant by the party (R53).
   *
   * @param at when the invoice was confirmed, not null
   * @param by who confirmed it, not null
   * @return the confirmed value
   * @throws InvalidOrderException if the instant is out of range or no confirmation is required
   */
  public InvoiceConfirmation confirmed(Instant at, Party by) {
    java.util.Objects.requireNonNull(at, "at");
    java.util.Objects.requireNonNull(by, "by");
    return builder().from(this).confirmedAt(at).confirmedBy(by).build();
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
    } else if (confirmedBy().isPresent()) {
      throw new InvalidOrderException("invoice.confirmedBy", confirmedBy().get(),
          "names who confirmed an invoice that is not confirmed " + io.github.orderly.Rule.R53.cite());
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
