package io.github.orderly.order;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.orderly.Limits;
import io.github.orderly.internal.OrderlyStyle;
import io.github.orderly.money.Money;
import java.time.Instant;
import java.util.List;
import org.immutables.value.Value;

/**
 * Money given back to the buyer (R13): for a whole order, single lines or partial amounts, always with
 * a reason. A refund that failed (R19) does not count toward what a line has given back.
 *
 * <p>Checked at build time: one to {@value Limits#MAX_LINES_PER_REFUND} lines; the instant in the range
 * of {@link Limits}. Immutable and thread-safe.
 */
@Value.Immutable
@OrderlyStyle
@JsonSerialize(as = ImmutableRefund.class)
@JsonDeserialize(as = ImmutableRefund.class)
public abstract class Refund {
  Refund() {}

  /** Returns the refund's id. */
  public abstract RefundId id();

  /** Returns why the money was given back. */
  public abstract RefundReason reason();

  /** Returns when the refund was issued. */
  public abstract Instant issuedAt();

  /** Returns the amounts per line, at least one. */
  public abstract List<RefundLine> lines();

  /** Returns where the refund stands; {@link RefundState#PROCESSING} by default. */
  @Value.Default
  public RefundState state() {
    return RefundState.PROCESSING;
  }

  /**
   * Returns what this refund gives back for a line.
   *
   * @param line the line
   * @return the amount, or empty if the refund does not cover the line
   */
  public java.util.Optional<Money> amountFor(LineId line) {
    List<RefundLine> lines = lines();
    for (int i = 0, n = lines.size(); i < n; i++) {
      RefundLine rl = lines.get(i);
      if (rl.lineId().equals(line)) {
        return java.util.Optional.of(rl.amount());
      }
    }
    return java.util.Optional.empty();
  }

  /**
   * Returns whether this refund covers a line.
   *
   * @param line the line
   * @return true if it does
   */
  public boolean covers(LineId line) {
    List<RefundLine> lines = lines();
    for (int i = 0, n = lines.size(); i < n; i++) {
      RefundLine rl = lines.get(i);
      if (rl.lineId().equals(line)) {
        return true;
      }
    }
    return false;
  }

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    List<RefundLine> lines = lines();
    if (lines.isEmpty()) {
      throw new InvalidOrderException("refund[" + id() + "].lines", lines, "must not be empty");
    }
    if (lines.size() > Limits.MAX_LINES_PER_REFUND) {
      Checks.count("refund[" + id() + "].lines", lines, lines.size(), Limits.MAX_LINES_PER_REFUND);
    }
    if (!Limits.isInRange(issuedAt())) {
      Checks.instant("refund[" + id() + "].issuedAt", issuedAt());
    }
  }

  /**
   * Builds a {@link Refund}.
   *
   * <p>Not thread-safe: a builder is mutable, for one thread; what it builds is immutable and thread-safe.
   */
  public static final class Builder extends ImmutableRefund.Builder {
    Builder() {}
  }
}
