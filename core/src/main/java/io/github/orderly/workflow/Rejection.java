package io.github.orderly.workflow;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.orderly.order.LineId;
import io.github.orderly.order.OrderId;
import java.util.Optional;

/**
 * Why a command was refused: the rule, the order, the line and statuses where relevant, and a sentence a
 * seller can act on, such as {@code Order 112-… cannot be cancelled: line 2 was confirmed as shipped on
 * 2026-03-01 (R3). Refund the line instead.} A refused command leaves the order unchanged.
 *
 * @param rule the rule id, such as {@code "R3"}
 * @param orderId the order
 * @param lineId the line the refusal is about, if one
 * @param fromStatus the status the order or line is in, by its constant name, where relevant
 * @param toStatus the status the command would have led to, by its constant name, where relevant
 * @param message the sentence for the seller; it names the rule in brackets
 */
public record Rejection(
    @JsonProperty(value = "rule", required = true) String rule,
    @JsonProperty(value = "orderId", required = true) OrderId orderId,
    @JsonProperty("lineId") Optional<LineId> lineId,
    @JsonProperty("fromStatus") Optional<String> fromStatus,
    @JsonProperty("toStatus") Optional<String> toStatus,
    @JsonProperty(value = "message", required = true) String message) {

  /**
   * Creates the value.
   *
   * @param rule the rule id, such as {@code "R3"}
   * @param orderId the order
   * @param lineId the line, if one
   * @param fromStatus the from-status, where relevant
   * @param toStatus the to-status, where relevant
   * @param message the sentence for the seller
   */
  @JsonCreator
  public Rejection {
    InvalidCommandException.required("rejection.rule", rule, "must not be null");
    InvalidCommandException.required("rejection.orderId", orderId, "must not be null");
    lineId = InvalidCommandException.optional(lineId);
    fromStatus = InvalidCommandException.optional(fromStatus);
    toStatus = InvalidCommandException.optional(toStatus);
    InvalidCommandException.required("rejection.message", message, "must not be null");
  }

  static Rejection of(String rule, OrderId orderId, String message) {
    return new Rejection(rule, orderId, Optional.empty(), Optional.empty(), Optional.empty(), message);
  }

  static Rejection ofLine(String rule, OrderId orderId, LineId lineId, String message) {
    return new Rejection(rule, orderId, Optional.of(lineId), Optional.empty(), Optional.empty(), message);
  }

  static Rejection ofStatus(String rule, OrderId orderId, Enum<?> from, String message) {
    return new Rejection(rule, orderId, Optional.empty(), Optional.of(from.name()), Optional.empty(), message);
  }

  /** Returns the message. */
  @Override
  public String toString() {
    return message;
  }
}
