package io.github.orderly.order;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.orderly.Limits;
import io.github.orderly.internal.OrderlyStyle;
import java.time.Instant;
import java.util.List;
import org.immutables.value.Value;

/**
 * A return authorised under an RMA id (R20).
 *
 * <p>Checked at build time: one to {@value Limits#MAX_LINES_PER_RETURN} lines; the instant in the range of
 * {@link Limits}. Immutable and thread-safe.
 */
@Value.Immutable
@OrderlyStyle
@JsonSerialize(as = ImmutableReturnAuthorization.class)
@JsonDeserialize(as = ImmutableReturnAuthorization.class)
public abstract class ReturnAuthorization {
  ReturnAuthorization() {}

  /** Returns the RMA id. */
  public abstract RmaId rmaId();

  /** Returns why the items come back. */
  public abstract ReturnReason reason();

  /** Returns when the return was authorised. */
  public abstract Instant authorizedAt();

  /** Returns the units coming back, at least one line. */
  public abstract List<ReturnLine> lines();

  /** Returns where the return stands; {@link ReturnState#AUTHORIZED} by default. */
  @Value.Default
  public ReturnState state() {
    return ReturnState.AUTHORIZED;
  }

  /**
   * Returns how many units of a line this return brings back.
   *
   * @param line the line
   * @return the units, 0 if the return does not cover the line
   */
  public int quantityOf(LineId line) {
    List<ReturnLine> lines = lines();
    for (int i = 0, n = lines.size(); i < n; i++) {
      ReturnLine rl = lines.get(i);
      if (rl.lineId().equals(line)) {
        return rl.quantity();
      }
    }
    return 0;
  }

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    List<ReturnLine> lines = lines();
    if (lines.isEmpty()) {
      throw new InvalidOrderException("return[" + rmaId() + "].lines", lines, "must not be empty");
    }
    if (lines.size() > Limits.MAX_LINES_PER_RETURN) {
      Checks.count("return[" + rmaId() + "].lines", lines, lines.size(), Limits.MAX_LINES_PER_RETURN);
    }
    if (!Limits.isInRange(authorizedAt())) {
      Checks.instant("return[" + rmaId() + "].authorizedAt", authorizedAt());
    }
  }

  /**
   * Builds a {@link ReturnAuthorization}.
   *
   * <p>Not thread-safe: a builder is mutable, for one thread; what it builds is immutable and thread-safe.
   */
  public static final class Builder extends ImmutableReturnAuthorization.Builder {
    Builder() {}
  }
}
