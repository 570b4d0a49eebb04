package io.github.orderly.order;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.orderly.Limits;
import io.github.orderly.internal.OrderlyStyle;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A buyer's open request to cancel lines of an order (R10). Buyers cannot cancel by themselves; the seller
 * answers within the policy's response window, counted from {@link #requestedAt()}, after which the buyer may
 * escalate to the marketplace. A request names the lines it covers: all lines not cancelled when the buyer
 * asked for the whole order. An order keeps its open requests, at most one per line
 * ({@link Order#cancellationRequests()}).
 *
 * <p>A request read from JSON written before requests named their lines has no lines: the order that holds
 * it reads it as a request over all its lines not cancelled.
 *
 * <p>Checked at build time: the instant in the range of {@link Limits}; the reason, if any, multi-line
 * text (line breaks and tabs allowed, no other control character) of at most
 * {@value Limits#MAX_NOTE_LENGTH} characters. Immutable and thread-safe.
 */
@Value.Immutable
@OrderlyStyle
@JsonSerialize(as = ImmutableBuyerCancellationRequest.class)
@JsonDeserialize(as = ImmutableBuyerCancellationRequest.class)
public abstract class BuyerCancellationRequest {
  BuyerCancellationRequest() {}

  /** Returns when the buyer asked. */
  public abstract Instant requestedAt();

  /** Returns the buyer's stated reason, if any. */
  public abstract Optional<String> reason();

  /**
   * Returns the lines the request covers, each once, in the order given. An order never holds a request without
   * lines: one built or read without them covers all the order's lines not cancelled.
   */
  public abstract List<LineId> lines();

  /**
   * Returns whether the request covers the line.
   *
   * @param line the line's id
   * @return true if the buyer asked to cancel it
   */
  public boolean covers(LineId line) {
    return lines().contains(line);
  }

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    Checks.instant("cancellationRequest.requestedAt", requestedAt());
    if (reason().isPresent()) {
      Checks.multiLine("cancellationRequest.reason", reason().get(), Limits.MAX_NOTE_LENGTH);
    }
    for (int i = 1; i < lines().size(); i++) {
      if (lines().subList(0, i).contains(lines().get(i))) {
        throw new InvalidOrderException("cancellationRequest.lines", lines().get(i), "names the line twice");
      }
    }
  }

  /**
   * Builds a {@link BuyerCancellationRequest}.
   *
   * <p>Not thread-safe: a builder is mutable, for one thread; what it builds is immutable and thread-safe.
   */
  public static final class Builder extends ImmutableBuyerCancellationRequest.Builder {
    Builder() {}
  }
}
