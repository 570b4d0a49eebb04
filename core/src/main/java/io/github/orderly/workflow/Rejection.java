package io.github.orderly.workflow;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.orderly.Rule;
import io.github.orderly.order.LineId;
import io.github.orderly.order.OrderId;
import java.util.Optional;

/**
 * Why a command was refused: the {@link Rule}, the order, the line and statuses where relevant, and a
 * sentence a seller can act on, such as {@code Order 112-… cannot be cancelled: line L2 was confirmed as
 * shipped on 2026-03-01 (R3). Refund the lines not shipped instead (R16).} A refused command leaves the
 * order unchanged. Immutable and thread-safe.
 *
 * <p>The workflow builds every message as the reason, the rule's {@link Rule#cite() citation}, and advice
 * where there is some; a message always cites its rule.
 *
 * @param rule the rule
 * @param orderId the order
 * @param lineId the line the refusal is about, if one
 * @param fromStatus the status the order or line is in, by its constant name, where relevant
 * @param toStatus the status the command would have led to, by its constant name, where relevant
 * @param message the sentence for the seller; it cites the rule
 */
public record Rejection(
    @JsonProperty(value = "rule", required = true) Rule rule,
    @JsonProperty(value = "orderId", required = true) OrderId orderId,
    @JsonProperty("lineId") Optional<LineId> lineId,
    @JsonProperty("fromStatus") Optional<String> fromStatus,
    @JsonProperty("toStatus") Optional<String> toStatus,
    @JsonProperty(value = "message", required = true) String message) {

  /** Checks the components: the message must cite the rule, such as {@code (R3)}. */
  @JsonCreator
  public Rejection {
    InvalidCommandException.required("rejection.rule", rule, "must not be null");
    InvalidCommandException.required("rejection.orderId", orderId, "must not be null");
    lineId = InvalidCommandException.optional(lineId);
    fromStatus = InvalidCommandException.optional(fromStatus);
    toStatus = InvalidCommandException.optional(toStatus);
    InvalidCommandException.required("rejection.message", message, "must not be null");
    if (!message.contains(rule.cite())) {
      throw new InvalidCommandException("rejection.message", message, "must cite its rule " + rule.cite());
    }
  }

  /**
   * Returns a rejection whose message is the reason, then the rule's citation.
   *
   * @param rule the rule
   * @param orderId the order
   * @param reason what is wrong, a sentence without its final full stop
   * @return the rejection
   */
  static Rejection of(Rule rule, OrderId orderId, String reason) {
    return of(rule, orderId, reason, "");
  }

  /**
   * Returns a rejection whose message is the reason, the rule's citation, and advice.
   *
   * @param rule the rule
   * @param orderId the order
   * @param reason what is wrong, a sentence without its final full stop
   * @param advice what to do instead, a sentence or several; empty for none
   * @return the rejection
   */
  static Rejection of(Rule rule, OrderId orderId, String reason, String advice) {
    String message = reason + " " + rule.cite() + "." + (advice.isEmpty() ? "" : " " + advice);
    return new Rejection(rule, orderId, Optional.empty(), Optional.empty(), Optional.empty(), message);
  }

  /**
   * Returns a rejection about one line, naming the status it is in and the one it was asked to take: what
   * {@code of(rule, orderId, reason, advice).onLine(line).from(from).to(to)} returns, built once.
   *
   * @param rule the rule
   * @param orderId the order
   * @param reason what is wrong, a sentence without its final full stop
   * @param advice what to do instead; empty for none
   * @param line the line
   * @param from the status the order or line is in
   * @param to the status the command asked for
   * @return the rejection
   */
  static Rejection of(Rule rule, OrderId orderId, String reason, String advice, LineId line, Enum<?> from,
      Enum<?> to) {
    String message = reason + " " + rule.cite() + "." + (advice.isEmpty() ? "" : " " + advice);
    return new Rejection(rule, orderId, Optional.of(line), Optional.of(from.name()), Optional.of(to.name()),
        message);
  }

  /** Returns a copy about one line. */
  Rejection onLine(LineId line) {
    return new Rejection(rule, orderId, Optional.of(line), fromStatus, toStatus, message);
  }

  /** Returns a copy naming the status the order or line is in. */
  Rejection from(Enum<?> status) {
    return new Rejection(rule, orderId, lineId, Optional.of(status.name()), toStatus, message);
  }

  /** Returns a copy naming the status the command would have led to. */
  Rejection to(Enum<?> status) {
    return new Rejection(rule, orderId, lineId, fromStatus, Optional.of(status.name()), message);
  }

  /** Returns the message. */
  @Override
  public String toString() {
    return message;
  }
}
